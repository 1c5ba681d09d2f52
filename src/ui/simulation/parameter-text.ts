// The model parameters' meanings and sources in the UI's language, for the model card. The
// parameters live in src/core (shared with the CLI, in English); the UI looks them up by name
// and falls back to core's English for a name it does not know. A source's citation stays as
// published; what it says is translated. In English the text is core's own (a unit test keeps
// them equal).
import { DEFAULT_MODEL_PARAMETERS, isParameterName } from '../../core/simulation/parameters';
import { m } from '../i18n-plain';

type Text = () => string;

const MEANINGS = new Map<string, Text>([
  ['weeks', () => m.work_param_weeks_meaning()],
  ['qicWeeks', () => m.work_param_qic_weeks_meaning()],
  ['pL', () => m.work_param_p_l_meaning()],
  ['pc', () => m.work_param_pc_meaning()],
  ['pr', () => m.work_param_pr_meaning()],
  ['q', () => m.work_param_q_meaning()],
  ['lambda', () => m.work_param_lambda_meaning()],
  ['boost', () => m.work_param_boost_meaning()],
  ['gamma', () => m.work_param_gamma_meaning()],
  ['mu', () => m.work_param_mu_meaning()],
  ['alpha', () => m.work_param_alpha_meaning()],
  ['theta', () => m.work_param_theta_meaning()],
  ['zeta', () => m.work_param_zeta_meaning()],
  ['deltaE', () => m.work_param_delta_e_meaning()],
  ['deltaC', () => m.work_param_delta_c_meaning()],
  ['chi0', () => m.work_param_chi0_meaning()],
  ['tauX', () => m.work_param_tau_x_meaning()],
  ['g', () => m.work_param_g_meaning()],
  ['tauP', () => m.work_param_tau_p_meaning()],
  ['h', () => m.work_param_h_meaning()],
  ['hc', () => m.work_param_hc_meaning()],
  ['v', () => m.work_param_v_meaning()],
  ['vc', () => m.work_param_vc_meaning()],
  ['kappa', () => m.work_param_kappa_meaning()],
  ['initialActive', () => m.work_param_initial_active_meaning()],
]);

/** Sources that say something besides the citation; the rest are citations only. */
const SOURCES = new Map<string, Text>([
  ['weeks', () => m.work_param_weeks_source()],
  ['qicWeeks', () => m.work_param_qic_weeks_source()],
  ['pc', () => m.work_param_pc_source()],
  ['boost', () => m.work_param_boost_source()],
  ['alpha', () => m.work_param_alpha_source()],
  ['theta', () => m.work_param_theta_source()],
  ['zeta', () => m.work_param_zeta_source()],
  ['deltaE', () => m.work_param_delta_e_source()],
  ['deltaC', () => m.work_param_delta_c_source()],
  ['chi0', () => m.work_param_chi0_source()],
  ['tauX', () => m.work_param_tau_x_source()],
  ['g', () => m.work_param_g_source()],
  ['h', () => m.work_param_h_source()],
  ['kappa', () => m.work_param_kappa_source()],
]);

/** Core's wording for a source that is the model's own assumption. */
const ASSUMED = 'assumption of the illustrative model (DESIGN §5.3)';

/** What a parameter means, in the UI's language. */
export function parameterMeaning(name: string): string {
  const text = MEANINGS.get(name);
  if (text) return text();
  return isParameterName(name) ? DEFAULT_MODEL_PARAMETERS[name].meaning : name;
}

/** Where a parameter's default comes from, in the UI's language. */
export function parameterSource(name: string): string {
  if (!isParameterName(name)) return '';
  const source: string = DEFAULT_MODEL_PARAMETERS[name].source;
  if (source === ASSUMED) return m.work_param_source_assumed();
  return SOURCES.get(name)?.() ?? source;
}
