let s = `${x as any}`;
