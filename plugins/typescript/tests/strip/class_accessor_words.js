class G { get;       ; set;       ; static;        ; }
