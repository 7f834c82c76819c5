// Vite's `?raw` suffix imports a file as a string; the demo-content test reads the training set this way.
declare module '*?raw' {
  const text: string
  export default text
}
