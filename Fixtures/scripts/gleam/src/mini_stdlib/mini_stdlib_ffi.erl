-module(mini_stdlib_ffi).
-export([print/1]).

print(Chars) -> io:put_chars(Chars), nil.
