f<T>
(x)
