%% Float segments: 64/32/16-bit floats, both endiannesses, construction from
%% integers, matching, and the bytes of special values.
-module(bin_float_segments).
-export([main/0]).

main() ->
    F = id(1.5), G = id(-0.1),
    <<M64:64/float>> = <<F:64/float>>,
    <<M32:32/float-little>> = <<G:32/float-little>>,
    <<M16:16/float>> = <<F:16/float>>,
    [<<F:64/float>>, <<F:32/float>>, <<F:16/float>>, <<G:64/float-little>>, <<G:32/float>>,
     <<(id(3)):64/float>>, <<(id(1 bsl 64)):64/float>>, <<(id(-0.0)):64/float>>,
     <<(id(1.0e300)):64/float>>,
     M64, M32, M16,
     case id(<<0, 0, 0, 0, 0, 0, 240, 127>>) of <<X:64/float-little>> -> {finite, X}; _ -> not_a_float end,
     case id(<<0:64>>) of <<Z:64/float>> -> Z end,
     case id(<<63, 240, 0, 0, 0, 0, 0, 0, 7>>) of <<One:64/float, Rest/binary>> -> {One, Rest} end,
     try <<(id(1.0e300)):32/float>> catch error:E1 -> E1 end,
     try <<(id(a)):64/float>> catch error:E2 -> E2 end].

id(X) -> X.
