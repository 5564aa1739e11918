// The throttling plugin's own scheduler, in its light build (no Redis clustering); typed as the
// full package it is a subset of.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
