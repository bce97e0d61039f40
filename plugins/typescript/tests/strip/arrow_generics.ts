const f = <T,>(x: T): T => x;
const g = async <T>(x: T): Promise<T> => x;
