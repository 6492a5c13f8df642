%% Binary comprehensions producing binaries and lists from list and binary
%% generators, mixed generators, filters, and bitstring results.
-module(comp_binary).
-export([main/0]).

main() ->
    [<< <<X>> || X <- [1, 2, 3] >>,
     << <<X:16>> || X <- [1, 2, 3], X =/= 2 >>,
     << <<X, Y>> || X <- [1, 2], <<Y>> <= <<10, 20>> >>,
     [X + Y || <<X>> <= <<1, 2>>, Y <- [100, 200]],
     << <<(X bxor 16#FF)>> || <<X>> <= <<0, 15, 255>> >>,
     << <<X:1>> || X <- [1, 0, 1, 1, 0] >>,
     << <<B/binary, ",">> || B <- [<<"a">>, <<"bb">>, <<"ccc">>] >>,
     << <<C>> || <<C>> <= <<"Mississippi">>, C =/= $s >>,
     << <<C/utf8>> || C <- [16#48, 16#E9, 16#4E2D] >>,
     [C || <<C/utf8>> <= <<"añ中"/utf8>>],
     << << <<Y>> || <<Y>> <= X >> || X <- [<<1, 2>>, <<3>>] >>,
     byte_size(<< <<0:64>> || _ <- seq(1, 100) >>)].

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].
