%% Powers by repeated squaring: 2^N, 3^N, 10^N, negative bases, modular
%% exponentiation with bignum intermediates.
-module(bignum_powers).
-export([main/0]).

main() ->
    [[pow(id(2), N) || N <- [10, 59, 60, 63, 64, 65, 100, 127, 128, 200, 256]],
     pow(id(3), 100), pow(id(10), 50), pow(id(-7), 33), pow(id(-2), 64),
     pow(id(12345678901), 5),
     powmod(id(2), id(1000), id(1000000007)),
     powmod(id(3), id(pow(10, 20)), id(998244353)),
     powmod(id(7), id(pow(2, 70) + 1), id(pow(10, 30) + 57)),
     pow(id(2), 64) - 1 =:= id(18446744073709551615),
     pow(id(2), 1000) div pow(id(2), 998)].

pow(_, 0) -> 1;
pow(B, N) when N rem 2 =:= 0 -> H = pow(B, N div 2), H * H;
pow(B, N) -> B * pow(B, N - 1).

powmod(_, 0, _) -> 1;
powmod(B, E, M) when E rem 2 =:= 0 -> H = powmod(B, E div 2, M), H * H rem M;
powmod(B, E, M) -> B * powmod(B, E - 1, M) rem M.

id(X) -> X.
