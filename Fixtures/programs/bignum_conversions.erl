%% Bignums through conversion BIFs: integer_to_list/binary in several bases,
%% list/binary_to_integer back, float conversion, comparison with floats.
-module(bignum_conversions).
-export([main/0]).

main() ->
    N = id(-98765432109876543210987654321),
    P = id(1 bsl 100),
    [integer_to_list(N), integer_to_binary(N), integer_to_list(P, 16), integer_to_binary(P, 36),
     integer_to_list(N, 2), integer_to_binary(N, 16),
     list_to_integer("-98765432109876543210987654321") =:= N,
     binary_to_integer(<<"ffffffffffffffffffffffff">>, 16),
     list_to_integer("zzzzzzzzzzzzzzzzz", 36),
     binary_to_integer(<<"-100000000000000000000000000000000000000">>),
     float(P), float(N), trunc(float(P)) =:= P, round(1.0e20), trunc(-1.0e25),
     P < 1.0e40, P > 1.0e29, N < -1.0e28, float(P) == P,
     term_to_binary(P), term_to_binary(N), binary_to_term(term_to_binary(N)) =:= N,
     byte_size(term_to_binary(id(1 bsl 1000)))].

id(X) -> X.
