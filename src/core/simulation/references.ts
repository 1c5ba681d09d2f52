// The works the model's mechanisms and values cite, as published (citations are not translated).
// The model card, the ODD (docs/model/ODD.md) and the CLI read them from here.

export interface Reference {
  /** How the texts cite it: "Argote, Beckman & Epple (1990)". */
  short: string;
  /** The full reference. */
  full: string;
  doi?: string;
}

export const REFERENCES = {
  carstensen2024: {
    short: 'Carstensen, Kjeldsen & Nielsen (2024)',
    full: 'Carstensen, K., Kjeldsen, A. M. & Nielsen, C. P. (2024). Distributed leadership in health quality improvement collaboratives. Health Care Management Review, 49(1). A qualitative multicase study of two Danish collaboratives: it reports findings in words, not rates.',
    doi: '10.1097/HMR.0000000000000385',
  },
  bass1969: {
    short: 'Bass (1969)',
    full: 'Bass, F. M. (1969). A new product growth for model consumer durables. Management Science, 15(5), 215–227.',
    doi: '10.1287/mnsc.15.5.215',
  },
  friedkin1990: {
    short: 'Friedkin & Johnsen (1990)',
    full: 'Friedkin, N. E. & Johnsen, E. C. (1990). Social influence and opinions. Journal of Mathematical Sociology, 15(3–4), 193–206.',
  },
  dinnocenzo2016: {
    short: 'D’Innocenzo, Mathieu & Kukenberger (2016)',
    full: 'D’Innocenzo, L., Mathieu, J. E. & Kukenberger, M. R. (2016). A meta-analysis of different forms of shared leadership–team performance relations. Journal of Management, 42(7), 1964–1991. 50 effect sizes (correlations) from 3,198 teams.',
    doi: '10.1177/0149206314525205',
  },
  argote1990: {
    short: 'Argote, Beckman & Epple (1990)',
    full: 'Argote, L., Beckman, S. L. & Epple, D. (1990). The persistence and transfer of learning in industrial settings. Management Science, 36(2), 140–154.',
    doi: '10.1287/mnsc.36.2.140',
  },
  darr1995: {
    short: 'Darr, Argote & Epple (1995)',
    full: 'Darr, E. D., Argote, L. & Epple, D. (1995). The acquisition, transfer, and depreciation of knowledge in service organizations: productivity in franchises. Management Science, 41(11), 1750–1762.',
    doi: '10.1287/mnsc.41.11.1750',
  },
  kilo1998: {
    short: 'Kilo (1998)',
    full: 'Kilo, C. M. (1998). A framework for collaborative improvement: lessons from the Institute for Healthcare Improvement’s Breakthrough Series. Quality Management in Health Care, 6(4), 1–13.',
  },
  schneiderman1988: {
    short: 'Schneiderman (1988)',
    full: 'Schneiderman, A. M. (1988). Setting quality goals. Quality Progress, 21(4), 51–57.',
  },
  hayes2012: {
    short: 'Hayes et al. (2012)',
    full: 'Hayes, L. J., O’Brien-Pallas, L., Duffield, C., et al. (2012). Nurse turnover: a literature review – an update. International Journal of Nursing Studies, 49(7), 887–905.',
  },
  carson2007: {
    short: 'Carson, Tesluk & Marrone (2007)',
    full: 'Carson, J. B., Tesluk, P. E. & Marrone, J. A. (2007). Shared leadership in teams: an investigation of antecedent conditions and performance. Academy of Management Journal, 50(5), 1217–1234.',
    doi: '10.5465/amj.2007.20159921',
  },
  freeman1979: {
    short: 'Freeman (1979)',
    full: 'Freeman, L. C. (1979). Centrality in social networks: conceptual clarification. Social Networks, 1(3), 215–239.',
    doi: '10.1016/0378-8733(78)90021-7',
  },
  grimm2020: {
    short: 'Grimm et al. (2020)',
    full: 'Grimm, V., Railsback, S. F., Vincenot, C. E., et al. (2020). The ODD protocol for describing agent-based and other simulation models: a second update to improve clarity, replication, and structural realism. Journal of Artificial Societies and Social Simulation, 23(2), 7.',
    doi: '10.18564/jasss.4259',
  },
} as const satisfies Record<string, Reference>;

export type ReferenceId = keyof typeof REFERENCES;
