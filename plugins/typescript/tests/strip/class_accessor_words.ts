class G { get: number; set: string; static: boolean; }
