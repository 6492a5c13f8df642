{module,guard_failures}.
{exports,[{main,0},{module_info,0},{module_info,1}]}.
{attributes,[]}.
{labels,31}.
{function,main,0,2}.
{label,1}.
{line,[{location,"guard_failures.erl",7}]}.
{func_info,{atom,guard_failures},{atom,main},0}.
{label,2}.
{allocate,14,0}.
{init_yregs,{list,[{y,0},{y,1},{y,2},{y,3},{y,4},{y,5},{y,6},{y,7},{y,8},{y,9},{y,10},{y,11},{y,12},{y,13}]}}.
{move,nil,{x,0}}.
{line,[{location,"guard_failures.erl",8}]}.
{call,1,{f,26}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}]}}.
{call,1,{f,4}}.
{'%',{var_info,{x,0},[{type,{t_atom,[guard_failed,head_is_x]}}]}}.
{move,{x,0},{y,13}}.
{move,{literal,[x]},{x,0}}.
{call,1,{f,26}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}]}}.
{call,1,{f,4}}.
{'%',{var_info,{x,0},[{type,{t_atom,[guard_failed,head_is_x]}}]}}.
{move,{x,0},{y,12}}.
{move,{literal,{a}},{x,0}}.
{call,1,{f,26}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}]}}.
{call,1,{f,7}}.
{'%',{var_info,{x,0},[{type,{t_atom,[guard_failed,third_is_c]}}]}}.
{move,{x,0},{y,11}}.
{move,{literal,{a,b,c}},{x,0}}.
{call,1,{f,26}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}]}}.
{call,1,{f,7}}.
{'%',{var_info,{x,0},[{type,{t_atom,[guard_failed,third_is_c]}}]}}.
{move,{x,0},{y,10}}.
{move,{atom,a},{x,0}}.
{line,[{location,"guard_failures.erl",9}]}.
{call,1,{f,26}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}]}}.
{call,1,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_atom,[big,guard_failed]}}]}}.
{move,{x,0},{y,9}}.
{move,{integer,5},{x,0}}.
{call,1,{f,26}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}]}}.
{call,1,{f,10}}.
{'%',{var_info,{x,0},[{type,{t_atom,[big,guard_failed]}}]}}.
{move,{x,0},{y,8}}.
{move,{literal,[1|2]},{x,0}}.
{call,1,{f,26}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}]}}.
{call,1,{f,13}}.
{'%',{var_info,{x,0},[{type,{t_atom,[guard_failed,long]}}]}}.
{move,{x,0},{y,7}}.
{move,{literal,[1,2]},{x,0}}.
{call,1,{f,26}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}]}}.
{call,1,{f,13}}.
{'%',{var_info,{x,0},[{type,{t_atom,[guard_failed,long]}}]}}.
{move,{x,0},{y,6}}.
{move,{literal,#{}},{x,0}}.
{line,[{location,"guard_failures.erl",10}]}.
{call,1,{f,26}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}]}}.
{call,1,{f,16}}.
{'%',{var_info,{x,0},[{type,{t_atom,[guard_failed,has_key]}}]}}.
{move,{x,0},{y,5}}.
{move,{literal,#{key => 1}},{x,0}}.
{call,1,{f,26}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}]}}.
{call,1,{f,16}}.
{'%',{var_info,{x,0},[{type,{t_atom,[guard_failed,has_key]}}]}}.
{move,{x,0},{y,4}}.
{move,{atom,notmap},{x,0}}.
{call,1,{f,26}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}]}}.
{call,1,{f,16}}.
{'%',{var_info,{x,0},[{type,{t_atom,[guard_failed,has_key]}}]}}.
{move,{x,0},{y,3}}.
{move,{atom,x},{x,0}}.
{line,[{location,"guard_failures.erl",11}]}.
{call,1,{f,26}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}]}}.
{call,1,{f,19}}.
{'%',{var_info,{x,0},[{type,{t_atom,[guard_failed,orelse_matched,semicolon_matched]}}]}}.
{move,{x,0},{y,2}}.
{move,{integer,3},{x,0}}.
{call,1,{f,26}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}]}}.
{call,1,{f,19}}.
{'%',{var_info,{x,0},[{type,{t_atom,[guard_failed,orelse_matched,semicolon_matched]}}]}}.
{move,{x,0},{y,1}}.
{move,{integer,0},{x,0}}.
{call,1,{f,26}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}]}}.
{call,1,{f,23}}.
{'%',{var_info,{x,0},[{type,{t_atom,[divided,guard_failed]}}]}}.
{move,{x,0},{y,0}}.
{move,{integer,4},{x,0}}.
{call,1,{f,26}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}]}}.
{call,1,{f,23}}.
{'%',{var_info,{x,0},[{type,{t_atom,[divided,guard_failed]}}]}}.
{test_heap,30,1}.
{put_list,{x,0},nil,{x,0}}.
{put_list,{y,0},{x,0},{x,0}}.
{put_list,{y,1},{x,0},{x,0}}.
{put_list,{y,2},{x,0},{x,0}}.
{put_list,{y,3},{x,0},{x,0}}.
{put_list,{y,4},{x,0},{x,0}}.
{put_list,{y,5},{x,0},{x,0}}.
{put_list,{y,6},{x,0},{x,0}}.
{put_list,{y,7},{x,0},{x,0}}.
{put_list,{y,8},{x,0},{x,0}}.
{put_list,{y,9},{x,0},{x,0}}.
{put_list,{y,10},{x,0},{x,0}}.
{put_list,{y,11},{x,0},{x,0}}.
{put_list,{y,12},{x,0},{x,0}}.
{put_list,{y,13},{x,0},{x,0}}.
{deallocate,14}.
return.
{function,try_hd,1,4}.
{label,3}.
{line,[{location,"guard_failures.erl",13}]}.
{func_info,{atom,guard_failures},{atom,try_hd},1}.
{label,4}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}]}}.
{bif,hd,{f,5},[{tr,{x,0},{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}],{x,0}}.
{test,is_eq_exact,{f,5},[{tr,{x,0},{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none}},{atom,x}]}.
{move,{atom,head_is_x},{x,0}}.
return.
{label,5}.
{move,{atom,guard_failed},{x,0}}.
return.
{function,try_elem,1,7}.
{label,6}.
{line,[{location,"guard_failures.erl",16}]}.
{func_info,{atom,guard_failures},{atom,try_elem},1}.
{label,7}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}]}}.
{bif,element,{f,8},[{integer,3},{tr,{x,0},{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}],{x,0}}.
{move,{atom,third_is_c},{x,0}}.
return.
{label,8}.
{move,{atom,guard_failed},{x,0}}.
return.
{function,try_arith,1,10}.
{label,9}.
{line,[{location,"guard_failures.erl",19}]}.
{func_info,{atom,guard_failures},{atom,try_arith},1}.
{label,10}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}]}}.
{gc_bif,'+',{f,11},1,[{tr,{x,0},{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}},{integer,1}],{x,0}}.
{test,is_ge,{f,11},[{tr,{x,0},{t_integer,{1,6}}},{integer,6}]}.
{move,{atom,big},{x,0}}.
return.
{label,11}.
{move,{atom,guard_failed},{x,0}}.
return.
{function,try_len,1,13}.
{label,12}.
{line,[{location,"guard_failures.erl",22}]}.
{func_info,{atom,guard_failures},{atom,try_len},1}.
{label,13}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}]}}.
{gc_bif,length,{f,14},1,[{tr,{x,0},{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}],{x,0}}.
{test,is_ge,{f,14},[{tr,{x,0},{t_integer,{0,288230376151711743}}},{integer,2}]}.
{move,{atom,long},{x,0}}.
return.
{label,14}.
{move,{atom,guard_failed},{x,0}}.
return.
{function,try_map,1,16}.
{label,15}.
{line,[{location,"guard_failures.erl",25}]}.
{func_info,{atom,guard_failures},{atom,try_map},1}.
{label,16}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}]}}.
{bif,map_get,{f,17},[{atom,key},{tr,{x,0},{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}],{x,0}}.
{move,{atom,has_key},{x,0}}.
return.
{label,17}.
{move,{atom,guard_failed},{x,0}}.
return.
{function,try_or,1,19}.
{label,18}.
{line,[{location,"guard_failures.erl",30}]}.
{func_info,{atom,guard_failures},{atom,try_or},1}.
{label,19}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}]}}.
{gc_bif,'+',{f,20},1,[{tr,{x,0},{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}},{integer,1}],{x,1}}.
{test,is_ge,{f,20},[{tr,{x,1},{t_integer,{1,6}}},{integer,3}]}.
{move,{atom,orelse_matched},{x,0}}.
return.
{label,20}.
{test,is_atom,{f,21},[{tr,{x,0},{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}]}.
{move,{atom,semicolon_matched},{x,0}}.
return.
{label,21}.
{move,{atom,guard_failed},{x,0}}.
return.
{function,try_div,1,23}.
{label,22}.
{line,[{location,"guard_failures.erl",34}]}.
{func_info,{atom,guard_failures},{atom,try_div},1}.
{label,23}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}]}}.
{gc_bif,'div',{f,24},1,[{integer,10},{tr,{x,0},{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}],{x,0}}.
{move,{atom,divided},{x,0}}.
return.
{label,24}.
{move,{atom,guard_failed},{x,0}}.
return.
{function,id,1,26}.
{label,25}.
{line,[{location,"guard_failures.erl",37}]}.
{func_info,{atom,guard_failures},{atom,id},1}.
{label,26}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[a,notmap,x]},{t_list,{t_union,{t_atom,[x]},none,{t_integer,{1,2}},none,none,none},{t_union,none,nil,{t_integer,{2,2}},none,none,none}},{t_integer,{0,5}},[{{1,{t_atom,[a]}},{t_tuple,1,true,#{1 => {t_atom,[a]}}}},{{3,{t_atom,[a]}},{t_tuple,3,true,#{1 => {t_atom,[a]},2 => {t_atom,[b]},3 => {t_atom,[c]}}}}],none,{t_map,{t_atom,[key]},{t_integer,{1,1}}}}}]}}.
return.
{function,module_info,0,28}.
{label,27}.
{line,[]}.
{func_info,{atom,guard_failures},{atom,module_info},0}.
{label,28}.
{move,{atom,guard_failures},{x,0}}.
{call_ext_only,1,{extfunc,erlang,get_module_info,1}}.
{function,module_info,1,30}.
{label,29}.
{line,[]}.
{func_info,{atom,guard_failures},{atom,module_info},1}.
{label,30}.
{move,{x,0},{x,1}}.
{move,{atom,guard_failures},{x,0}}.
{call_ext_only,2,{extfunc,erlang,get_module_info,2}}.
