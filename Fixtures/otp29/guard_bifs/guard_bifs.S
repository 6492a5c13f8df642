{module,guard_bifs}.
{exports,[{main,0},{module_info,0},{module_info,1}]}.
{attributes,[]}.
{labels,36}.
{function,main,0,2}.
{label,1}.
{line,[{location,"guard_bifs.erl",7}]}.
{func_info,{atom,guard_bifs},{atom,main},0}.
{label,2}.
{allocate,0,0}.
{move,{literal,[{1,2},{5,3},{4,4}]},{x,0}}.
{line,[{location,"guard_bifs.erl",10}]}.
{call,1,{f,34}}.
{'%',{var_info,{x,0},[{type,{t_cons,{t_atom,[equal,first_bigger,second_bigger]},nil}}]}}.
{move,{x,0},{x,1}}.
{move,{literal,[0,1,7,8,64,36893488147419103232]},{x,0}}.
{line,[{location,"guard_bifs.erl",9}]}.
{call,2,{f,31}}.
{'%',{var_info,{x,0},[{type,{t_cons,{t_atom,any},nil}}]}}.
{move,{x,0},{x,1}}.
{move,{literal,[[1,2,3],{a,b},<<1,2,3,4>>,#{k => 5},-7,2.6,[],"xy"]},{x,0}}.
{call_last,2,{f,28},0}.
{function,check,1,4}.
{label,3}.
{line,[{location,"guard_bifs.erl",12}]}.
{func_info,{atom,guard_bifs},{atom,check},1}.
{label,4}.
{'%',{var_info,{x,0},[{type,{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other}}]}}.
{test,is_list,{f,5},[{tr,{x,0},{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other}}]}.
{gc_bif,length,{f,0},1,[{tr,{x,0},{t_list,{t_integer,{1,121}},nil}}],{x,1}}.
{test,is_ge,{f,5},[{tr,{x,1},{t_integer,{0,288230376151711743}}},{integer,3}]}.
{bif,hd,{f,5},[{tr,{x,0},{t_list,{t_integer,{1,121}},nil}}],{x,2}}.
{test,is_eq_exact,{f,5},[{tr,{x,2},{t_integer,{1,121}}},{integer,1}]}.
{get_tl,{x,0},{x,2}}.
{bif,hd,{f,5},[{tr,{x,2},{t_list,{t_integer,{1,121}},nil}}],{x,2}}.
{test,is_eq_exact,{f,5},[{tr,{x,2},{t_integer,{1,121}}},{integer,2}]}.
{test_heap,3,2}.
{put_tuple2,{x,0},{list,[{atom,long_list},{x,1}]}}.
return.
{label,5}.
{test,is_tuple,{f,6},[{tr,{x,0},{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other}}]}.
{move,{literal,{pair_a,b}},{x,0}}.
return.
{label,6}.
{gc_bif,byte_size,{f,7},1,[{tr,{x,0},{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},none,none,other}}],{x,1}}.
{test,is_ge,{f,7},[{tr,{x,1},{t_integer,{0,288230376151711743}}},{integer,4}]}.
{line,[{location,"guard_bifs.erl",14}]}.
{gc_bif,bit_size,{f,0},1,[{tr,{x,0},{t_bs_matchable,1}}],{x,1}}.
{test,is_eq_exact,{f,7},[{tr,{x,1},{t_integer,{0,288230376151711743}}},{integer,32}]}.
{gc_bif,size,{f,7},1,[{tr,{x,0},{t_bs_matchable,1}}],{x,1}}.
{test,is_eq_exact,{f,7},[{tr,{x,1},{t_integer,any}},{integer,4}]}.
{gc_bif,binary_part,{f,0},1,[{tr,{x,0},{t_bitstring,1,false}},{integer,1},{integer,2}],{x,0}}.
{test_heap,3,1}.
{put_tuple2,{x,0},{list,[{atom,four_bytes},{x,0}]}}.
return.
{label,7}.
{bif,is_map_key,{f,8},[{atom,k},{tr,{x,0},{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},none,none,other}}],{x,1}}.
{test,is_eq_exact,{f,8},[{x,1},{atom,true}]}.
{bif,map_get,{f,8},[{atom,k},{tr,{x,0},{t_map,any,any}}],{x,1}}.
{test,is_lt,{f,8},[{integer,4},{x,1}]}.
{line,[{location,"guard_bifs.erl",15}]}.
{gc_bif,map_size,{f,0},2,[{tr,{x,0},{t_map,any,any}}],{x,2}}.
{test,is_eq_exact,{f,8},[{tr,{x,2},{t_integer,{0,288230376151711743}}},{integer,1}]}.
{test_heap,3,2}.
{put_tuple2,{x,0},{list,[{atom,map_k},{x,1}]}}.
return.
{label,8}.
{gc_bif,abs,{f,9},1,[{tr,{x,0},{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},none,none,other}}],{x,1}}.
{test,is_eq_exact,{f,9},[{tr,{x,1},{t_number,{0,36893488147419103232}}},{integer,7}]}.
{test,is_lt,{f,9},[{tr,{x,0},{t_number,{-7,36893488147419103232}}},{integer,0}]}.
{move,{atom,minus_seven},{x,0}}.
return.
{label,9}.
{gc_bif,round,{f,10},1,[{tr,{x,0},{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},none,none,other}}],{x,1}}.
{test,is_eq_exact,{f,10},[{tr,{x,1},{t_integer,any}},{integer,3}]}.
{gc_bif,trunc,{f,10},1,[{tr,{x,0},{t_number,{-7,36893488147419103232}}}],{x,1}}.
{test,is_eq_exact,{f,10},[{tr,{x,1},{t_integer,any}},{integer,2}]}.
{gc_bif,float,{f,10},1,[{tr,{x,0},{t_number,{-7,36893488147419103232}}}],{x,1}}.
{test,is_lt,{f,10},[{float,2.5},{tr,{x,1},{t_float,any}}]}.
{move,{literal,{rounded,3}},{x,0}}.
return.
{label,10}.
{test,is_nil,{f,11},[{tr,{x,0},{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},none,none,other}}]}.
{move,{atom,empty},{x,0}}.
return.
{label,11}.
{gc_bif,length,{f,3},1,[{tr,{x,0},{t_union,none,{t_cons,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},none,none,other}}],{x,1}}.
{test,is_eq_exact,{f,3},[{tr,{x,1},{t_integer,{0,288230376151711743}}},{integer,2}]}.
{move,{atom,two_chars},{x,0}}.
return.
{function,g2,1,13}.
{label,12}.
{line,[{location,"guard_bifs.erl",21}]}.
{func_info,{atom,guard_bifs},{atom,g2},1}.
{label,13}.
{'%',{var_info,{x,0},[{type,{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other}}]}}.
{gc_bif,'band',{f,14},1,[{tr,{x,0},{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other}},{integer,1}],{x,1}}.
{test,is_eq_exact,{f,14},[{tr,{x,1},{t_integer,{0,1}}},{integer,1}]}.
{move,{atom,odd},{x,0}}.
return.
{label,14}.
{gc_bif,'bsr',{f,15},1,[{tr,{x,0},{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other}},{integer,3}],{x,1}}.
{test,is_ge,{f,15},[{tr,{x,1},{t_integer,{-1,4611686018427387904}}},{integer,1}]}.
{line,[{location,"guard_bifs.erl",22}]}.
{gc_bif,'rem',{f,0},1,[{tr,{x,0},{t_integer,{-7,36893488147419103232}}},{integer,8}],{x,1}}.
{test,is_eq_exact,{f,15},[{tr,{x,1},{t_integer,{-7,7}}},{integer,0}]}.
{gc_bif,'div',{f,0},1,[{tr,{x,0},{t_integer,{-7,36893488147419103232}}},{integer,8}],{x,1}}.
{test,is_ge,{f,15},[{integer,9},{tr,{x,1},{t_integer,{0,4611686018427387904}}}]}.
{move,{atom,multiple_of_8_small},{x,0}}.
return.
{label,15}.
{gc_bif,'bsl',{f,16},1,[{tr,{x,0},{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other}},{integer,2}],{x,0}}.
{test,is_ge,{f,16},[{tr,{x,0},{t_integer,{-28,147573952589676412928}}},{integer,73786976294838206465}]}.
{move,{atom,huge},{x,0}}.
return.
{label,16}.
{move,{atom,other},{x,0}}.
return.
{function,minmax,2,18}.
{label,17}.
{line,[{location,"guard_bifs.erl",28}]}.
{func_info,{atom,guard_bifs},{atom,minmax},2}.
{label,18}.
{'%',{var_info,{x,0},[{type,{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other}}]}}.
{'%',{var_info,{x,1},[{type,{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other}}]}}.
{bif,max,{f,0},[{tr,{x,0},{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other}},{tr,{x,1},{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other}}],{x,2}}.
{bif,min,{f,0},[{tr,{x,0},{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other}},{tr,{x,1},{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other}}],{x,3}}.
{test,is_eq_exact,{f,19},[{tr,{x,2},{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other}},{tr,{x,0},{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other}}]}.
{test,is_eq_exact,{f,19},[{tr,{x,3},{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other}},{tr,{x,1},{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other}}]}.
{test,is_ne_exact,{f,19},[{tr,{x,0},{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other}},{tr,{x,1},{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other}}]}.
{move,{atom,first_bigger},{x,0}}.
return.
{label,19}.
{test,is_eq,{f,20},[{tr,{x,0},{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other}},{tr,{x,1},{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other}}]}.
{move,{atom,equal},{x,0}}.
return.
{label,20}.
{move,{atom,second_bigger},{x,0}}.
return.
{function,id,1,22}.
{label,21}.
{line,[{location,"guard_bifs.erl",35}]}.
{func_info,{atom,guard_bifs},{atom,id},1}.
{label,22}.
{'%',{var_info,{x,0},[{type,{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other}}]}}.
return.
{function,module_info,0,24}.
{label,23}.
{line,[]}.
{func_info,{atom,guard_bifs},{atom,module_info},0}.
{label,24}.
{move,{atom,guard_bifs},{x,0}}.
{call_ext_only,1,{extfunc,erlang,get_module_info,1}}.
{function,module_info,1,26}.
{label,25}.
{line,[]}.
{func_info,{atom,guard_bifs},{atom,module_info},1}.
{label,26}.
{move,{x,0},{x,1}}.
{move,{atom,guard_bifs},{x,0}}.
{call_ext_only,2,{extfunc,erlang,get_module_info,2}}.
{function,'-main/0-lc$^2/1-2-',2,28}.
{label,27}.
{line,[{location,"guard_bifs.erl",8}]}.
{func_info,{atom,guard_bifs},{atom,'-main/0-lc$^2/1-2-'},2}.
{label,28}.
{'%',{var_info,{x,0},[{type,{t_list,{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,3}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other},nil}}]}}.
{'%',{var_info,{x,1},[{type,{t_cons,{t_atom,any},nil}}]}}.
{test,is_nonempty_list,{f,29},[{x,0}]}.
{allocate,2,2}.
{move,{x,1},{y,1}}.
{get_list,{x,0},{x,0},{y,0}}.
{call,1,{f,22}}.
{'%',{var_info,{x,0},[{type,{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other}}]}}.
{call,1,{f,4}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[empty,minus_seven,two_chars]},none,none,[{{2,{t_atom,[four_bytes]}},{t_tuple,2,true,#{1 => {t_atom,[four_bytes]},2 => {t_bitstring,8,false}}}},{{2,{t_atom,[long_list]}},{t_tuple,2,true,#{1 => {t_atom,[long_list]},2 => {t_integer,{3,288230376151711743}}}}},{{2,{t_atom,[map_k]}},{t_tuple,2,true,#{1 => {t_atom,[map_k]},2 => {t_union,{t_atom,any},{t_list,any,any},{t_number,{4,'+inf'}},{t_tuple,0,false,#{}},{t_record,nil,#{}},other}}}},{{2,{t_atom,[pair_a]}},{t_tuple,2,true,#{1 => {t_atom,[pair_a]},2 => {t_atom,[b]}}}},{{2,{t_atom,[rounded]}},{t_tuple,2,true,#{1 => {t_atom,[rounded]},2 => {t_integer,{3,3}}}}}],none,none}}]}}.
{move,{y,0},{x,2}}.
{move,{y,1},{x,1}}.
{move,{x,0},{y,1}}.
{trim,1,1}.
{move,{x,2},{x,0}}.
{call,2,{f,28}}.
{'%',{var_info,{x,0},[{type,{t_cons,{t_union,{t_atom,any},none,none,[{{2,{t_atom,[four_bytes]}},{t_tuple,2,true,#{1 => {t_atom,[four_bytes]},2 => {t_bitstring,8,false}}}},{{2,{t_atom,[long_list]}},{t_tuple,2,true,#{1 => {t_atom,[long_list]},2 => {t_integer,{3,288230376151711743}}}}},{{2,{t_atom,[map_k]}},{t_tuple,2,true,#{1 => {t_atom,[map_k]},2 => {t_union,{t_atom,any},{t_list,any,any},{t_number,{4,'+inf'}},{t_tuple,0,false,#{}},{t_record,nil,#{}},other}}}},{{2,{t_atom,[pair_a]}},{t_tuple,2,true,#{1 => {t_atom,[pair_a]},2 => {t_atom,[b]}}}},{{2,{t_atom,[rounded]}},{t_tuple,2,true,#{1 => {t_atom,[rounded]},2 => {t_integer,{3,3}}}}}],none,none},nil}}]}}.
{test_heap,2,1}.
{put_list,{y,0},{x,0},{x,0}}.
{deallocate,1}.
return.
{label,29}.
{move,{x,1},{x,0}}.
return.
{function,'-main/0-lc$^1/1-1-',2,31}.
{label,30}.
{line,[{location,"guard_bifs.erl",9}]}.
{func_info,{atom,guard_bifs},{atom,'-main/0-lc$^1/1-1-'},2}.
{label,31}.
{'%',{var_info,{x,0},[{type,{t_list,{t_integer,{0,36893488147419103232}},nil}}]}}.
{'%',{var_info,{x,1},[{type,{t_cons,{t_atom,[equal,first_bigger,second_bigger]},nil}}]}}.
{test,is_nonempty_list,{f,32},[{x,0}]}.
{allocate,2,2}.
{move,{x,1},{y,1}}.
{get_list,{x,0},{x,0},{y,0}}.
{call,1,{f,22}}.
{'%',{var_info,{x,0},[{type,{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other}}]}}.
{call,1,{f,13}}.
{'%',{var_info,{x,0},[{type,{t_atom,[huge,multiple_of_8_small,odd,other]}}]}}.
{move,{y,0},{x,2}}.
{move,{y,1},{x,1}}.
{move,{x,0},{y,1}}.
{trim,1,1}.
{move,{x,2},{x,0}}.
{call,2,{f,31}}.
{'%',{var_info,{x,0},[{type,{t_cons,{t_atom,any},nil}}]}}.
{test_heap,2,1}.
{put_list,{y,0},{x,0},{x,0}}.
{deallocate,1}.
return.
{label,32}.
{move,{x,1},{x,0}}.
return.
{function,'-main/0-lc$^0/1-0-',1,34}.
{label,33}.
{line,[{location,"guard_bifs.erl",10}]}.
{func_info,{atom,guard_bifs},{atom,'-main/0-lc$^0/1-0-'},1}.
{label,34}.
{'%',{var_info,{x,0},[{type,{t_list,{t_union,none,none,none,[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_integer,{2,2}}}}},{{2,{t_integer,{4,4}}},{t_tuple,2,true,#{1 => {t_integer,{4,4}},2 => {t_integer,{4,4}}}}},{{2,{t_integer,{5,5}}},{t_tuple,2,true,#{1 => {t_integer,{5,5}},2 => {t_integer,{3,3}}}}}],none,none},nil}}]}}.
{test,is_nonempty_list,{f,35},[{x,0}]}.
{allocate,2,1}.
{get_list,{x,0},{x,0},{y,1}}.
{get_tuple_element,{x,0},0,{x,1}}.
{get_tuple_element,{x,0},1,{y,0}}.
{move,{x,1},{x,0}}.
{call,1,{f,22}}.
{'%',{var_info,{x,0},[{type,{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other}}]}}.
{swap,{y,0},{x,0}}.
{call,1,{f,22}}.
{'%',{var_info,{x,0},[{type,{t_union,none,{t_list,{t_integer,{1,121}},nil},{t_number,{-7,36893488147419103232}},[{{2,{t_atom,[a]}},{t_tuple,2,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]}}}}],none,other}}]}}.
{move,{x,0},{x,1}}.
{move,{y,0},{x,0}}.
{trim,1,1}.
{call,2,{f,18}}.
{'%',{var_info,{x,0},[{type,{t_atom,[equal,first_bigger,second_bigger]}}]}}.
{swap,{y,0},{x,0}}.
{call,1,{f,34}}.
{'%',{var_info,{x,0},[{type,{t_list,{t_atom,[equal,first_bigger,second_bigger]},nil}}]}}.
{test_heap,2,1}.
{put_list,{y,0},{x,0},{x,0}}.
{deallocate,1}.
return.
{label,35}.
return.
