/** The built URL of a script loaded on demand (src/lib/build/lazy-script.ts). */
declare module 'virtual:lazy-script/*' {
  const url: string;
  export default url;
}
