%% Every construction segment type and flag, matched back: integers of many
%% sizes with signed/unsigned and big/little/native byte order (aligned and
%% not), bignums, floats of 16/32/64 bits, utf8/16/32 in both byte orders,
%% strings, binaries with sizes and units, bitstrings, and sizes from variables.
-module(bits_segments_all).
-export([main/0]).

main() ->
    Ints = [0, 1, -1, 5, -5, 127, -128, 255, 256, -32768, 65535, 16#123456789, -16#123456789,
            1 bsl 59, -(1 bsl 59), (1 bsl 60) - 1, 1 bsl 63, -(1 bsl 63), 1 bsl 64 + 3, -(1 bsl 70) - 11],
    Sizes = [1, 3, 7, 8, 9, 15, 16, 24, 31, 32, 33, 48, 59, 60, 63, 64, 65, 71, 72, 100, 128],
    IntRounds = [int_round(V, S, Pad) || V0 <- Ints, S <- Sizes, Pad <- [0, 3], V <- [id(V0)]],
    Floats = [0.0, -0.0, 1.0, -2.5, 3.14159, 1.0e10, -1.0e-10, 65504.0, 6.103515625e-5, 1.0e300, 0.1],
    FloatRounds = [float_round(F, S, Pad) || F0 <- Floats, S <- [16, 32, 64], Pad <- [0, 5], F <- [id(F0)]],
    IntFloats = [<<(id(7)):16/float>>, <<(id(-3)):32/float-little>>, <<(id(1 bsl 70)):64/float>>,
                 <<(id(123456789)):32/float>>, <<(id(2049)):16/float>>],
    Chars = [0, $a, 127, 128, 16#7FF, 16#800, 16#FFFF, 16#10000, 16#10FFFF, 16#E9, 16#20AC],
    UtfRounds = [utf_round(C, Pad) || C0 <- Chars, Pad <- [0, 1, 4], C <- [id(C0)]],
    B = id(<<"binary data">>), N = id(3),
    Bins = [<<B/binary>>, <<B:N/binary>>, <<B:N/binary-unit:16>>, <<B:2/bytes, "-", B/bits>>,
            <<(id(<<1:3>>))/bits, B/binary, (id(<<7:4>>)):4/bits>>, <<(id(<<9:5>>)):2/bits>>,
            <<1:1, B/binary>>, <<"str", 0, "ing">>, <<1:2, "xy", 3:6>>, <<(id(5)):N/unit:4>>,
            <<(id(-1)):N/signed-unit:4>>, <<(id(16#ABCD)):(N * 4)/little-unit:2>>,
            <<(id(1 bsl 100)):104/little>>, <<(id(-(1 bsl 100))):101>>, <<(id(-(1 bsl 100))):101/little>>,
            <<(id(1 bsl 100)):7>>, <<(id(-(1 bsl 100) - 1)):7/little>>],
    Matched = [match_all(id(<<1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20>>)),
               match_all(id(<<255, 254, 253, 252, 251, 250, 249, 248, 247, 246, 245, 244, 243, 242, 241, 240,
                             239, 238, 237, 236>>))],
    [IntRounds, FloatRounds, IntFloats, UtfRounds, Bins, Matched].

int_round(V, S, Pad) ->
    Bin = <<0:Pad, V:S, V:S/little, V:S/signed-native, 1:1>>,
    <<_:Pad, UB:S, UL:S/little, SN:S/signed-native, 1:1>> = Bin,
    <<_:Pad, SB:S/signed, SL:S/little-signed, _/bits>> = Bin,
    {S, Pad, bit_size(Bin), UB, UL, SN, SB, SL}.

float_round(F, S, Pad) ->
    Bin = <<0:Pad, F:S/float, F:S/float-little, F:S/float-native>>,
    Back = case Bin of
               <<_:Pad, A:S/float, B:S/float-little, C:S/float-native>> -> {A, B, C};
               _ -> nomatch
           end,
    {S, Pad, Bin, Back}.

utf_round(C, Pad) ->
    Bin = <<0:Pad, C/utf8, C/utf16, C/utf16-little, C/utf32, C/utf32-little, C/utf8>>,
    <<_:Pad, A/utf8, B/utf16, D/utf16-little, E/utf32, F/utf32-little, G/utf8>> = Bin,
    {C, Pad, Bin, [A, B, D, E, F, G]}.

match_all(Bin) ->
    <<A:4, B:12/little, C:8/signed, D:16/signed-little, E:3, F:5, G:24/native, H:32/big-signed,
      I:2/binary, J:3/bits, K:13/bits, Rest/binary>> = Bin,
    {A, B, C, D, E, F, G, H, I, J, K, Rest}.

id(X) -> X.
