abstract class A { abstract m(): void; }
