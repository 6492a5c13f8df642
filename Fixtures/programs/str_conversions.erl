%% Conversions between atoms, lists, binaries, integers and floats:
%% atom_to_list/binary, list_to_atom, binary_to_atom, list_to_existing_atom,
%% integer_to_list/2, list_to_integer/2, float_to_list, number_to_list
%% style helpers, and their errors.
-module(str_conversions).
-export([main/0]).

main() ->
    [atom_to_list(id(hello)), atom_to_binary(id(hello)), atom_to_binary(id('with space'), latin1),
     list_to_atom(id("made_up")), binary_to_atom(id(<<"also_made">>)), binary_to_atom(id(<<"l1">>), latin1),
     list_to_existing_atom(id("hello")), binary_to_existing_atom(id(<<"ok">>), utf8),
     integer_to_list(id(255)), integer_to_list(id(255), 16), integer_to_list(id(-255), 2),
     integer_to_binary(id(35), 36), integer_to_binary(id(0)), list_to_integer(id("-0042")),
     list_to_integer(id("ff"), 16), list_to_integer(id("Zz"), 36), binary_to_integer(id(<<"+17">>)),
     binary_to_integer(id(<<"777">>), 8), list_to_binary(id("bytes")), binary_to_list(id(<<"chars">>)),
     tuple_to_list(id({1, 2})), list_to_tuple(id("ab")), float_to_list(id(1.5), [short]),
     integer_to_list(id(1 bsl 64), 36), list_to_float(id("1.5e3")), binary_to_float(id(<<"-0.25">>)),
     try list_to_existing_atom(id("surely_never_existing_atom_q9z")) catch error:E1 -> E1 end,
     try list_to_integer(id("12.5")) catch error:E2 -> E2 end,
     try binary_to_integer(id(<<>>)) catch error:E3 -> E3 end,
     try list_to_integer(id("10"), 37) catch error:E4 -> E4 end,
     try atom_to_list(id("str")) catch error:E5 -> E5 end].

id(X) -> X.
