// What the webview runtime provides, and the side-effect CSS imports esbuild bundles.
interface VsCodeWebviewApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeWebviewApi;
declare module '*.css';
