declare namespace N { const a = 1 }
