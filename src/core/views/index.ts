// Story steps (the document's `views`): their schema and the pure helpers the presenter uses.
export * from './step';
export * from './story';
export * from './read';
export { exampleStory } from './example-story';
