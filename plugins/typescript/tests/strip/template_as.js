let s = `${x       }`;
