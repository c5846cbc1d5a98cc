// bottleneck ships types for its main entry only. light.js is the same API without Redis clustering,
// and the build both Octokit plugins load, so importing it adds no second copy to the bundle.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
