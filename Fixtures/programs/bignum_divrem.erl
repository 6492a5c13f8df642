%% Bignum division and remainder with every sign combination, small divisors,
%% bignum divisors, and results that shrink back to small integers.
-module(bignum_divrem).
-export([main/0]).

main() ->
    A = id(123456789012345678901234567890123456789),
    B = id(987654321987654321),
    C = id(1 bsl 64 + 7),
    Nums = [A, -A, C, -C],
    Dens = [B, -B, 7, -7, 1 bsl 62, C, 3],
    [[{N div D, N rem D} || N <- Nums, D <- Dens],
     A div A, A rem A, (A * B) div B =:= A, (A * B + 5) rem B,
     C div (C - 7), id(1 bsl 200) div id(1 bsl 100) =:= id(1 bsl 100),
     to_base(A, 16, []), to_base(A, 7, [])].

to_base(0, _, Acc) -> Acc;
to_base(N, Base, Acc) -> to_base(N div Base, Base, [N rem Base | Acc]).

id(X) -> X.
