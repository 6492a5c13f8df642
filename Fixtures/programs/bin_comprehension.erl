%% Binary comprehensions: bytes to bytes, bits to bytes, filters, generators
%% over lists producing binaries, and binary generators producing lists.
-module(bin_comprehension).
-export([main/0]).

main() ->
    B = id(<<"Hello, World">>),
    [<< <<(upper(C))>> || <<C>> <= B >>,
     << <<C>> || <<C>> <= B, C =/= $l >>,
     [C || <<C>> <= B, C > $a],
     << <<X:4>> || X <- [1, 2, 3, 4, 5] >>,
     << <<Bit:1>> || <<Bit:1>> <= <<16#A5>> >>,
     [Bit || <<Bit:1>> <= <<16#A5>>],
     << <<(X * 2):16/little>> || <<X:8>> <= <<1, 2, 3>> >>,
     << <<Hi:4, Lo:4>> || <<Lo:4, Hi:4>> <= <<16#12, 16#34>> >>,
     [{X, Y} || <<X:4, Y:4>> <= <<16#AB, 16#CD>>],
     << <<W:32>> || W <- [1, 16#FFFFFFFF] >>,
     << <<(byte_size(S)), S/binary>> || S <- [<<"a">>, <<"bc">>, <<>>] >>,
     hex(id(<<222, 173, 190, 239>>))].

upper(C) when C >= $a, C =< $z -> C - 32;
upper(C) -> C.

hex(B) -> << <<(digit(N))>> || <<N:4>> <= B >>.

digit(N) when N < 10 -> $0 + N;
digit(N) -> $a + N - 10.

id(X) -> X.
