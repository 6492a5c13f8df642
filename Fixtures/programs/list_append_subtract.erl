%% ++ and -- : appending (the right operand is shared, improper tails allowed),
%% subtraction removing first occurrences only, == vs =:= semantics of --.
-module(list_append_subtract).
-export([main/0]).

main() ->
    A = id([1, 2, 3]), B = id([4, 5]),
    [A ++ B, A ++ [], [] ++ B, A ++ id(tail), A ++ [x | y], id("abc") ++ id("def"),
     id([1, 2, 3, 2, 1]) -- id([2, 1]), id([1, 2, 3]) -- id([4]), id([a, b, a, b]) -- id([a, a, a]),
     id([1, 1.0, 1]) -- id([1.0]), id([1, 1.0]) -- id([1]), id([]) -- id([a]),
     id("hello world") -- id("lo"), big_subtract(),
     try id([1 | 2]) ++ id([3]) catch error:E1 -> E1 end,
     try id([1, 2]) -- id(a) catch error:E2 -> E2 end,
     try id(a) ++ id([1]) catch error:E3 -> E3 end].

big_subtract() ->
    L = seq(1, 2000),
    R = L -- seq(2, 2000, 2),
    {length(R), lists:reverse(R) =:= lists:reverse(seq(1, 1999, 2)), hd(R), last(R)}.

seq(A, B) -> seq(A, B, 1).
seq(A, B, _) when A > B -> [];
seq(A, B, S) -> [A | seq(A + S, B, S)].

last([X]) -> X;
last([_ | T]) -> last(T).

id(X) -> X.
