const r = ok ? (a        )         => a : (b         ) => b;
