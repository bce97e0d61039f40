let t: typeof import('./x');
