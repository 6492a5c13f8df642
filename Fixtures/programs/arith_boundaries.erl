%% Results around the 60-bit (small integer) and 64-bit machine-word boundaries,
%% where a VM must switch between immediate integers and bignums.
-module(arith_boundaries).
-export([main/0]).

main() ->
    P59 = id(1 bsl 59),
    P60 = id(1 bsl 60),
    P63 = id(1 bsl 63),
    P64 = id(1 bsl 64),
    MaxSmall = P59 - 1,
    MinSmall = -P59,
    [MaxSmall, MaxSmall + 1, MaxSmall + 2, MinSmall, MinSmall - 1, MinSmall - 2,
     (MaxSmall + 1) - 1, (MinSmall - 1) + 1,
     P60 - 1, P60, P60 + 1, -P60,
     P63 - 1, P63, P63 + 1, -P63, -P63 - 1,
     P64 - 1, P64, P64 + 1, -P64,
     MaxSmall * 2, MaxSmall * MaxSmall, MinSmall * MinSmall, MinSmall * -1,
     (P63 - 1) * (P63 - 1), P64 * P64,
     P64 div 3, P64 rem 3, -P64 div 7, -P64 rem 7,
     (P64 + 5) div P64, (P64 + 5) rem P64,
     abs(MinSmall), abs(-P64), -MinSmall,
     id(16#7FFFFFFFFFFFFFFF) + 1, id(16#FFFFFFFFFFFFFFFF) + 1, id(-16#8000000000000000) - 1,
     id(4294967295) * id(4294967297), id(3037000499) * id(3037000499), id(3037000500) * id(3037000500),
     is_integer(P64), P64 > MaxSmall, P64 =:= P64 * 1, P64 == (P64 + 1) - 1].

id(X) -> X.
