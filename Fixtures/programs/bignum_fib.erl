%% Fibonacci numbers up to F(500) by iteration (bignum addition), F(n)
%% identities, and a sum of many bignums.
-module(bignum_fib).
-export([main/0]).

main() ->
    F = fun(N) -> fib(N, 0, 1) end,
    [F(90), F(91), F(92), F(93), F(100), F(300), F(500),
     F(200) * F(201) - F(199) * F(202),
     F(400) rem 1000000007,
     F(2 * 150) =:= F(150) * (2 * F(151) - F(150)),
     sum_fibs(0, 200, 0)].

fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).

sum_fibs(I, N, Acc) when I > N -> Acc;
sum_fibs(I, N, Acc) -> sum_fibs(I + 1, N, Acc + fib(I, 0, 1)).
