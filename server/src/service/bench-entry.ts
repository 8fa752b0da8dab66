/** Entry for the benchmark bundle (dist/bench-core.js): the analysis core, nothing else. */
export { analyze } from './index';
export { forgetAll } from './text/memo';
