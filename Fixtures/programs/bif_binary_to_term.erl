%% binary_to_term/1,2 on hand-written external-format bytes: every tag the
%% decoder must understand (old and new atom forms, string/list/nil, small
%% and large tuples, big integers, floats, maps, binaries, bitstrings), the
%% 'used' option, and the errors for truncated or malformed input.
-module(bif_binary_to_term).
-export([main/0]).

main() ->
    Cases = [<<131, 97, 42>>, <<131, 98, 255, 255, 255, 255>>, <<131, 98, 0, 0, 1, 0>>,
             <<131, 110, 2, 0, 1, 2>>, <<131, 110, 9, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1>>,
             <<131, 111, 0, 0, 0, 1, 0, 7>>,
             <<131, 70, 64, 9, 33, 251, 84, 68, 45, 24>>,
             <<131, 99, "1.50000000000000000000e+00", 0, 0, 0, 0, 0>>,
             <<131, 100, 0, 3, "abc">>, <<131, 115, 2, "hi">>, <<131, 118, 0, 2, 206, 169>>,
             <<131, 119, 1, "x">>, <<131, 106>>, <<131, 107, 0, 3, 1, 2, 3>>,
             <<131, 108, 0, 0, 0, 2, 97, 1, 97, 2, 106>>, <<131, 108, 0, 0, 0, 1, 97, 1, 97, 2>>,
             <<131, 104, 2, 97, 1, 106>>, <<131, 105, 0, 0, 0, 1, 106>>,
             <<131, 109, 0, 0, 0, 2, 7, 8>>, <<131, 77, 0, 0, 0, 1, 3, 160>>,
             <<131, 116, 0, 0, 0, 1, 97, 1, 97, 2>>, <<131, 116, 0, 0, 0, 0>>],
    [[decode(id(B)) || B <- Cases],
     binary_to_term(id(<<131, 97, 1, 99, 99>>), [used]),
     decode(id(<<131, 97>>)), decode(id(<<131, 200>>)), decode(id(<<130, 97, 1>>)),
     decode(id(<<131, 104, 2, 97, 1>>)), decode(id(<<>>)),
     decode(id(<<131, 100, 0, 5, "abc">>)),
     binary_to_term(id(<<131, 100, 0, 2, "ok">>), [safe])].

decode(B) ->
    try binary_to_term(B) catch error:R -> {error, R} end.

id(X) -> X.
