%% Small-integer arithmetic: + - * div rem, unary minus, abs, with mixed signs,
%% operands hidden behind a function call so the compiler cannot fold them.
-module(arith_basic).
-export([main/0]).

main() ->
    Pairs = [{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {0, 5}, {1, 1}, {100, 7}, {-100, 7}],
    [ops(id(A), id(B)) || {A, B} <- Pairs] ++
        [neg(id(5)), neg(id(-5)), neg(id(0)), abs(id(-12)), abs(id(12)), abs(id(0)),
         id(2) + id(3) * id(4) - id(10) div id(3), (id(2) + id(3)) * id(4),
         id(17) rem id(5) + id(17) div id(5) * id(5),
         sum(1, 100, 0), prod(1, 10, 1)].

ops(A, B) -> {A + B, A - B, A * B, A div B, A rem B}.

neg(X) -> -X.

sum(I, N, Acc) when I > N -> Acc;
sum(I, N, Acc) -> sum(I + 1, N, Acc + I).

prod(I, N, Acc) when I > N -> Acc;
prod(I, N, Acc) -> prod(I + 1, N, Acc * I).

id(X) -> X.
