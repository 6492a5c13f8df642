%% Comprehensions over bitstrings with odd element sizes: 3-bit, 5-bit and
%% 1-bit generators, leftovers that do not fill an element, and filters.
-module(bits_comprehension).
-export([main/0]).

main() ->
    B = id(<<16#DEADBEEF:32>>),
    [[X || <<X:3>> <= B], [X || <<X:5>> <= B], << <<X:5>> || <<X:3>> <= B >>,
     << <<(1 - Bit):1>> || <<Bit:1>> <= B >>, [X || <<X:7>> <= B, X > 50],
     << <<X:3>> || X <- [1, 2, 3, 4, 5, 6, 7] >>,
     [{X, Y} || <<X:2, Y:2>> <= id(<<16#1B, 16#E4>>)],
     base32(id(<<"hello">>))].

base32(Bin) ->
    Pad = (5 - bit_size(Bin) rem 5) rem 5,
    Padded = <<Bin/bits, 0:Pad>>,
    << <<(alpha(X))>> || <<X:5>> <= Padded >>.

alpha(X) when X < 26 -> $A + X;
alpha(X) -> $2 + X - 26.

id(X) -> X.
