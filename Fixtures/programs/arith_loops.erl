%% Integer-heavy loops: gcd, collatz lengths, primes by trial division,
%% digit sums and a linear congruential generator kept within 32 bits.
-module(arith_loops).
-export([main/0]).

main() ->
    [gcd(id(1071), id(462)), gcd(id(17), id(5)), lcm(id(21), id(6)),
     [collatz(N, 0) || N <- [1, 7, 27, 97, 871]],
     primes(2, 100, []),
     digit_sum(id(9876543210), 0),
     lcg(id(42), 10, []),
     isqrt(id(1000000)), isqrt(id(999999)), isqrt(id(2))].

gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).

lcm(A, B) -> A * B div gcd(A, B).

collatz(1, S) -> S;
collatz(N, S) when N rem 2 =:= 0 -> collatz(N div 2, S + 1);
collatz(N, S) -> collatz(3 * N + 1, S + 1).

primes(I, N, Acc) when I > N -> lists:reverse(Acc);
primes(I, N, Acc) ->
    case is_prime(I, 2) of
        true -> primes(I + 1, N, [I | Acc]);
        false -> primes(I + 1, N, Acc)
    end.

is_prime(N, D) when D * D > N -> true;
is_prime(N, D) when N rem D =:= 0 -> false;
is_prime(N, D) -> is_prime(N, D + 1).

digit_sum(0, S) -> S;
digit_sum(N, S) -> digit_sum(N div 10, S + N rem 10).

lcg(_, 0, Acc) -> lists:reverse(Acc);
lcg(X, K, Acc) ->
    Next = (X * 1103515245 + 12345) band 16#7FFFFFFF,
    lcg(Next, K - 1, [Next | Acc]).

isqrt(N) -> isqrt(N, 0, N + 1).
isqrt(_, Lo, Hi) when Hi - Lo =< 1 -> Lo;
isqrt(N, Lo, Hi) ->
    Mid = (Lo + Hi) div 2,
    case Mid * Mid =< N of
        true -> isqrt(N, Mid, Hi);
        false -> isqrt(N, Lo, Mid)
    end.

id(X) -> X.
