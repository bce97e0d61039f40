export {};
declare global {
  interface Window { x: number }
}
