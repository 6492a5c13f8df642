%% Unicode text: unicode:characters_to_binary/list between lists, UTF-8,
%% UTF-16 and latin1, code point counting, invalid input results, and
%% printing of strings with characters above 255.
-module(str_unicode).
-export([main/0]).

main() ->
    L = id([104, 233, 8364, 128512]),
    U8 = unicode:characters_to_binary(L),
    [U8, unicode:characters_to_list(U8), unicode:characters_to_binary(L, unicode, utf16),
     unicode:characters_to_binary(L, unicode, {utf32, little}),
     unicode:characters_to_list(unicode:characters_to_binary(L, unicode, utf16), utf16),
     unicode:characters_to_binary(id("caf\x{e9}"), latin1), unicode:characters_to_binary(id(<<"caf", 233>>), latin1, utf8),
     unicode:characters_to_binary(id([<<"mixed ">>, "list", [32, 8364]])),
     unicode:characters_to_list(id(<<"ok", 255, "bad">>)),
     unicode:characters_to_binary(id(<<"ab", 16#E2, 16#82>>)),
     unicode:characters_to_binary(id([97, 16#D800])),
     unicode:characters_to_binary(L, unicode, latin1),
     length(unicode:characters_to_list(id(<<"naïve"/utf8>>))), byte_size(id(<<"naïve"/utf8>>)),
     L, "Ω≈ç√", [955, 955], <<"Ω"/utf8>>, atom_to_binary(id('ünïcode'), utf8)].

id(X) -> X.
