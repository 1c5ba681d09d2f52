// The app's entry: mounts the Svelte UI with the built-in example network.
import { mount } from 'svelte';
import App from './ui/App.svelte';
import './ui/global.css';

mount(App, { target: document.getElementById('app')! });
