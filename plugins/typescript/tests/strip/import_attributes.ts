import data from "./d.json" with { type: "json" };
import type { T } from "./t" with { "resolution-mode": "import" };
