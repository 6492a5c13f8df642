%% band/bor/bxor/bnot with bignums of both signs (two's complement semantics
%% on arbitrarily wide integers) mixed with small integers.
-module(bignum_bitwise).
-export([main/0]).

main() ->
    Big = id(16#123456789ABCDEF0123456789ABCDEF),
    Vals = [Big, -Big, id(1 bsl 64), -id(1 bsl 64), id(1 bsl 64 - 1), id(-1), id(255), id(-256)],
    [[{X band Y, X bor Y, X bxor Y} || X <- Vals, Y <- Vals],
     [bnot X || X <- Vals],
     Big band 16#FFFF, Big bsr 64 band 16#FFFF, (Big bxor Big) =:= 0,
     bnot bnot Big =:= Big].

id(X) -> X.
