%% utf8/utf16/utf32 segments: encoding code points of 1 to 4 UTF-8 bytes,
%% decoding strings code point by code point, surrogate errors.
-module(bin_utf).
-export([main/0]).

main() ->
    Cps = [$a, 16#E9, 16#20AC, 16#1F600, 16#10FFFF, 0],
    U8 = << <<C/utf8>> || C <- Cps >>,
    U16 = << <<C/utf16>> || C <- Cps >>,
    U16L = << <<C/utf16-little>> || C <- Cps >>,
    U32 = << <<C/utf32>> || C <- Cps >>,
    [U8, U16, U16L, U32, byte_size(U8), byte_size(U16), byte_size(U32),
     decode8(U8), decode16(U16), decode16l(U16L), decode32(U32),
     <<"héllo"/utf8>>, <<"héllo"/utf16>>, <<"aé"/utf32-little>>,
     count_cps(id(<<"naïve café €"/utf8>>), 0),
     try <<(id(16#D800))/utf8>> catch error:E1 -> E1 end,
     try <<(id(16#110000))/utf32>> catch error:E2 -> E2 end,
     try <<(id(-1))/utf16>> catch error:E3 -> E3 end,
     case id(<<255, 1>>) of <<C/utf8, _/binary>> -> {cp, C}; _ -> invalid_utf8 end,
     case id(<<16#ED, 16#A0, 16#80>>) of <<C2/utf8>> -> {cp, C2}; _ -> surrogate_rejected end].

decode8(<<C/utf8, R/binary>>) -> [C | decode8(R)];
decode8(<<>>) -> [].

decode16(<<C/utf16, R/binary>>) -> [C | decode16(R)];
decode16(<<>>) -> [].

decode16l(<<C/utf16-little, R/binary>>) -> [C | decode16l(R)];
decode16l(<<>>) -> [].

decode32(<<C/utf32, R/binary>>) -> [C | decode32(R)];
decode32(<<>>) -> [].

count_cps(<<_/utf8, R/binary>>, N) -> count_cps(R, N + 1);
count_cps(<<>>, N) -> N.

id(X) -> X.
