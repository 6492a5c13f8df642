%% Large maps (hash array mapped tries): printing and listing order for integer,
%% float, binary, tuple, string, bignum and mixed keys; growth and shrinking across
%% the 32-key boundary; equality of maps built in different orders; 1 vs 1.0 keys;
%% maps as keys; literal large maps; the iterator BIF.
-module(map_hamt).
-export([main/0]).

main() ->
    M100 = from(1, 100, #{}),
    M1000 = from(1, 1000, #{}),
    Floats = maps:from_list([{I * 0.5, I} || I <- seq(1, 40)]),
    Bins = maps:from_list([{<<"1">>,1},{<<"2">>,2},{<<"3">>,3},{<<"4">>,4},{<<"5">>,5},{<<"6">>,6},{<<"7">>,7},{<<"8">>,8},{<<"9">>,9},{<<"10">>,10},{<<"11">>,11},{<<"12">>,12},{<<"13">>,13},{<<"14">>,14},{<<"15">>,15},{<<"16">>,16},{<<"17">>,17},{<<"18">>,18},{<<"19">>,19},{<<"20">>,20},{<<"21">>,21},{<<"22">>,22},{<<"23">>,23},{<<"24">>,24},{<<"25">>,25},{<<"26">>,26},{<<"27">>,27},{<<"28">>,28},{<<"29">>,29},{<<"30">>,30},{<<"31">>,31},{<<"32">>,32},{<<"33">>,33},{<<"34">>,34},{<<"35">>,35},{<<"36">>,36},{<<"37">>,37},{<<"38">>,38},{<<"39">>,39},{<<"40">>,40},{<<"41">>,41},{<<"42">>,42},{<<"43">>,43},{<<"44">>,44},{<<"45">>,45},{<<"46">>,46},{<<"47">>,47},{<<"48">>,48},{<<"49">>,49},{<<"50">>,50}]),
    Bits = maps:from_list([{<<1:16>>,1},{<<2:16>>,2},{<<3:16>>,3},{<<4:16>>,4},{<<5:16>>,5},{<<6:16>>,6},{<<7:16>>,7},{<<8:16>>,8},{<<9:16>>,9},{<<10:16>>,10},{<<11:16>>,11},{<<12:16>>,12},{<<13:16>>,13},{<<14:16>>,14},{<<15:16>>,15},{<<16:16>>,16},{<<17:16>>,17},{<<18:16>>,18},{<<19:16>>,19},{<<20:16>>,20},{<<21:16>>,21},{<<22:16>>,22},{<<23:16>>,23},{<<24:16>>,24},{<<25:16>>,25},{<<26:16>>,26},{<<27:16>>,27},{<<28:16>>,28},{<<29:16>>,29},{<<30:16>>,30},{<<31:16>>,31},{<<32:16>>,32},{<<33:16>>,33},{<<34:16>>,34},{<<35:16>>,35},{<<36:16>>,36},{<<37:16>>,37},{<<38:16>>,38},{<<39:16>>,39},{<<40:16>>,40}]),
    Tuples = maps:from_list([{{I, I * 2}, I} || I <- seq(1, 40)]),
    Strings = maps:from_list([{"kb0",1},{"kc0",2},{"kd0",3},{"ke0",4},{"kf0",5},{"kg0",6},{"kh0",7},{"ki0",8},{"kj0",9},{"kk0",10},{"kl0",11},{"km0",12},{"kn0",13},{"ko0",14},{"kp0",15},{"kq0",16},{"kr0",17},{"ks0",18},{"kt0",19},{"ku0",20},{"kv0",21},{"kw0",22},{"kx0",23},{"ky0",24},{"kz0",25},{"ka1",26},{"kb1",27},{"kc1",28},{"kd1",29},{"ke1",30},{"kf1",31},{"kg1",32},{"kh1",33},{"ki1",34},{"kj1",35},{"kk1",36},{"kl1",37},{"km1",38},{"kn1",39},{"ko1",40}]),
    Bigs = maps:from_list([{(1 bsl 70) + I, I} || I <- seq(1, 40)]),
    Mixed = maps:from_list(mixed()),
    Atoms = maps:from_list([{a, 1}, {b, 2} | [{{atom, I}, I} || I <- seq(1, 40)]]),
    OneAndFloat = maps:put(1.0, float, maps:put(1, int, M100)),
    [M100, maps:keys(M1000), maps:values(M100), maps:to_list(Floats),
     Floats, Bins, Bits, Tuples, Strings, Bigs, Mixed,
     maps:keys(Mixed), maps:values(Mixed),
     maps:get(a, Atoms), maps:get({atom, 7}, Atoms), map_size(Atoms),
     {maps:get(1, OneAndFloat), maps:get(1.0, OneAndFloat), map_size(OneAndFloat),
      maps:is_key(2.0, OneAndFloat), maps:find(2, OneAndFloat)},
     boundary(),
     equality(M100),
     maps_as_keys(),
     literal(),
     iterate(M100), iterate(#{2 => b, 1 => a}), iterate(#{}),
     bifs(M100, Bins)].

literal() ->
    L = #{1 => v1,2 => v2,3 => v3,4 => v4,5 => v5,6 => v6,7 => v7,8 => v8,9 => v9,10 => v10,11 => v11,12 => v12,13 => v13,14 => v14,15 => v15,16 => v16,17 => v17,18 => v18,19 => v19,20 => v20,21 => v21,22 => v22,23 => v23,24 => v24,25 => v25,26 => v26,27 => v27,28 => v28,29 => v29,30 => v30,31 => v31,32 => v32,33 => v33,34 => v34,35 => v35,36 => v36,37 => v37,38 => v38,39 => v39,40 => v40},
    {L, map_size(L), maps:get(17, L), L =:= maps:from_list([{1,v1},{2,v2},{3,v3},{4,v4},{5,v5},{6,v6},{7,v7},{8,v8},{9,v9},{10,v10},{11,v11},{12,v12},{13,v13},{14,v14},{15,v15},{16,v16},{17,v17},{18,v18},{19,v19},{20,v20},{21,v21},{22,v22},{23,v23},{24,v24},{25,v25},{26,v26},{27,v27},{28,v28},{29,v29},{30,v30},{31,v31},{32,v32},{33,v33},{34,v34},{35,v35},{36,v36},{37,v37},{38,v38},{39,v39},{40,v40}])}.

boundary() ->
    M40 = from(1, 40, #{}),
    Down = [begin M = shrink(M40, 1, N), {map_size(M), M} end || N <- [6, 7, 8, 9, 10]],
    M32 = shrink(M40, 1, 8),
    Up = [begin M = from(41, 40 + N, M32), {map_size(M), M} end || N <- [1, 2]],
    Taken = maps:take(40, from(1, 33, #{})),
    Updated = maps:update(5, five, M40),
    Exact = M40#{6 := six, 7 := seven},
    Assoc = M32#{100 => 1, 200 => 2, 300 => 3},
    {Down, Up, Taken, Updated, Exact, Assoc}.

equality(M100) ->
    Rev = from_rev(100, 1, #{}),
    Other = maps:put(50, other, M100),
    Bigger = maps:put(101, x, M100),
    Merged = maps:merge(from(1, 60, #{}), from_rev(100, 40, #{})),
    {M100 =:= Rev, M100 == Rev, M100 =:= Other, M100 < Other, Other < M100, M100 < Bigger,
     maps:put(3, 9, M100) =:= M100, Merged =:= Rev,
     maps:from_list(maps:to_list(M100)) =:= M100,
     from(1, 40, #{}) == maps:put(40, 1600.0, from(1, 40, #{})),
     from(1, 40, #{}) =:= maps:put(40, 1600.0, from(1, 40, #{}))}.

maps_as_keys() ->
    K1 = from(1, 40, #{}),
    K2 = from(1, 5, #{}),
    M = maps:from_list([{K1, big}, {K2, small} | [{I, I} || I <- seq(1, 40)]]),
    {M, maps:get(from_rev(40, 1, #{}), M), maps:get(K2, M)}.

iterate(M) -> walk(erts_internal:map_next(0, M, iterator), []).

walk({K, V, Next}, Acc) -> walk(Next, [{K, V} | Acc]);
walk(none, Acc) -> {done, rev(Acc, [])};
walk([_Path | Map], Acc) when is_map(Map) -> {more, rev(Acc, [])}.

bifs(M100, Bins) ->
    {maps:find(77, M100), maps:find(777, M100), maps:is_key(<<"7">>, Bins),
     maps:get(<<"8">>, Bins), maps:get(nope, M100, default),
     maps:from_keys(seq(1, 35), k), maps:remove(nope, M100) =:= M100,
     maps:merge(Bins, #{<<"1">> => one}), map_size(maps:merge(M100, Bins))}.

mixed() ->
    [{-5,int},{-4,int},{-3,int},{-2,int},{-1,int},{0,int},{1,int},{2,int},{3,int},{4,int},{5,int},{-7.5,float},{-6.0,float},{-4.5,float},{-3.0,float},{-1.5,float},{0.0,float},{1.5,float},{3.0,float},{4.5,float},{6.0,float},{7.5,float},{<<"1">>,bin},{<<"2">>,bin},{<<"3">>,bin},{<<"4">>,bin},{<<"5">>,bin},{{1},tuple},{{2},tuple},{{3},tuple},{{4},tuple},{{5},tuple},{[1,1],list},{[2,2],list},{[3,3],list},{[4,4],list},{[5,5],list},{18446744073709551616,big},{36893488147419103232,big},{55340232221128654848,big},{73786976294838206464,big},{92233720368547758080,big},{-18446744073709551616,negbig},{-36893488147419103232,negbig},{-55340232221128654848,negbig},{[],nil},{<<>>,emptybin},{{},emptytuple},{#{},emptymap},{#{1 => 2},map},{<<1:3>>,bits},{[1|2],improper}].

from(I, N, M) when I > N -> M;
from(I, N, M) -> from(I + 1, N, M#{I => I * I}).

from_rev(I, N, M) when I < N -> M;
from_rev(I, N, M) -> from_rev(I - 1, N, M#{I => I * I}).

shrink(M, I, N) when I > N -> M;
shrink(M, I, N) -> shrink(maps:remove(I, M), I + 1, N).

seq(A, B) when A > B -> [];
seq(A, B) -> [A | seq(A + 1, B)].

rev([], Acc) -> Acc;
rev([H | T], Acc) -> rev(T, [H | Acc]).
