%% Conversion BIFs with options: integer_to_binary/2 and list_to_integer/2
%% across bases 2..36, float_to_binary decimals/scientific/compact/short,
%% atom_to_binary encodings, list_to_binary of nested iolists, tuple/list.
-module(bif_conversions).
-export([main/0]).

main() ->
    N = id(123456789),
    [[integer_to_binary(N, B) || B <- [2, 3, 8, 10, 16, 20, 36]],
     [binary_to_integer(integer_to_binary(N, B), B) =:= N || B <- seq(2, 36)],
     [integer_to_list(id(-N), B) || B <- [2, 16, 36]],
     [float_to_binary(id(F), Opts) || F <- [1.0, 0.1, 123.456, -1.0e-10, 2.5e20],
                                      Opts <- [[{decimals, 4}], [{decimals, 4}, compact],
                                               [{scientific, 3}], [short]]],
     atom_to_binary(id('héllo'), latin1), atom_to_binary(id('héllo'), utf8), atom_to_list(id('héllo')),
     binary_to_atom(id(<<104, 233>>), latin1) =:= binary_to_atom(id(<<104, 195, 169>>), utf8),
     list_to_binary(id([[1, 2], <<3>>, [[[4]]], 5])), iolist_to_binary(id([<<"a">>, "b", $c])),
     try list_to_integer(id("  "), 10) catch error:E -> E end].

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

id(X) -> X.
