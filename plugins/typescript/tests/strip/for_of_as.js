for (const x of y         ) {}
