%% unicode:characters_to_binary/1,2,3 and characters_to_list/1,2 between
%% latin1, UTF-8, UTF-16 and UTF-32 of both endiannesses, over flat and deep
%% character data, binaries split inside a character, and the exact
%% {error, Done, Rest} and {incomplete, Done, Rest} results.
-module(bif_unicode_convert).
-export([main/0]).

main() ->
    Inputs = [[104, 233, 8364, 128512], "abc", <<"abc">>, <<"h", 195, 169>>, <<"ab", 255, "c">>,
              <<"ab", 16#E2, 16#82>>, <<"ab", 16#E2, 16#41>>, [<<"ab", 195>>, "x"],
              [<<"ab", 195>>, <<169, "z">>], [<<"ab", 195>>], [97, 16#D800], [97, -1], [97, 16#110000],
              [[1, 2], [3, [4, 256]] | <<"t">>], [<<1, 2>> | <<3>>], [[], [[]], <<>>], <<0, 104, 0>>,
              <<216, 0>>, <<0, 0, 0, 104, 0, 0>>, <<0, 0, 216, 0>>, <<104, 0, 0, 0>>,
              [<<0, 104>>, <<0>>, <<105>>], [<<0>>, 104], <<216, 0, 220, 0>>, <<220, 0>>, [16#10FFFF],
              [255, 256], <<192, 128>>, <<237, 160, 128>>, <<244, 144, 128, 128>>, <<248>>,
              <<240, 159, 152>>, <<240, 159>>, <<"€"/utf8>>, [a], a, <<1:1>>],
    Encs = [latin1, unicode, utf8, utf16, {utf16, little}, utf32, {utf32, little}],
    [[[{c(fun() -> unicode:characters_to_binary(I, E) end), c(fun() -> unicode:characters_to_list(I, E) end)}
       || E <- Encs] || I <- Inputs],
     [[c(fun() -> unicode:characters_to_binary(I, E1, E2) end) || E1 <- Encs, E2 <- Encs] || I <- Inputs],
     [[c(fun() -> unicode:characters_to_binary(I) end), c(fun() -> unicode:characters_to_list(I) end)]
      || I <- Inputs],
     [c(fun() -> unicode:characters_to_binary("a", E) end) || E <- [bad, {utf16, middle}, {utf8, big}]],
     unicode:characters_to_binary(list_to_binary(dup(3000, <<"é"/utf8>>)), unicode, utf16) =:=
         unicode:characters_to_binary(dup(3000, 233), unicode, utf16),
     unicode:characters_to_binary([list_to_binary(dup(8191, $a)), <<195, 169>>], utf8, {utf32, little})].

c(F) -> try F() catch C:R -> {C, R} end.

dup(0, _) -> [];
dup(N, X) -> [X | dup(N - 1, X)].
