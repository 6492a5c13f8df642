%% Signed and unsigned segments in big, little and native endianness, for
%% aligned and unaligned sizes, constructed and matched back.
-module(bits_signed_endian).
-export([main/0]).

main() ->
    Vals = [0, 1, -1, 127, -128, 255, 1000, -1000, 16#7FFF, -16#8000],
    Sizes = [8, 12, 16, 17, 32],
    [[roundtrip(V, S) || V0 <- Vals, S <- Sizes, V <- [id(V0)]],
     <<(id(1)):16/native>> =:= <<(id(1)):16/little>>,
     <<(id(16#0102)):16/little>>, <<(id(16#0102)):16/big>>,
     <<(id(-2)):12/little>>, <<(id(-2)):12/big>>].

roundtrip(V, S) ->
    Big = <<V:S/signed>>,
    Lit = <<V:S/little-signed>>,
    <<UB:S/big>> = Big,
    <<SB:S/big-signed>> = Big,
    <<UL:S/little>> = Lit,
    <<SL:S/little-signed>> = Lit,
    {S, Big, Lit, UB, SB, UL, SL}.

id(X) -> X.
