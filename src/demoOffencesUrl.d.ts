declare module 'virtual:demo-offences-url' {
  /** The address of the demo offences: gzipped in a build, the plain CSV in development. */
  const url: string;
  export default url;
}
