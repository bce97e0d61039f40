export as namespace Lib;
