declare module N { }
