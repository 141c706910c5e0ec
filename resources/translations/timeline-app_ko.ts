<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Project: </source>
        <translation>프로젝트: </translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>{0} 정보</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>버전 {0}</translation>
    </message>
    <message>
        <source>A desktop timeline viewer: zoomable timelines, event details, exact exports.</source>
        <translation>데스크톱 타임라인 뷰어: 확대·축소되는 타임라인, 이벤트 세부 정보, 정확한 내보내기.</translation>
    </message>
    <message>
        <source>Bundled timeline (Songdo Bio Cluster, autumn 2019), from:</source>
        <translation>함께 제공되는 타임라인(송도 바이오 클러스터, 2019년 가을)의 출처:</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>The details were saved to {0}.</source>
        <translation>세부 정보를 {0}에 저장했습니다.</translation>
    </message>
    <message>
        <source>The details could not be saved to a log file.</source>
        <translation>세부 정보를 로그 파일에 저장하지 못했습니다.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>문제가 발생했습니다</translation>
    </message>
    <message>
        <source>An unexpected error happened. The window keeps working, but the last action may not have finished.</source>
        <translation>예기치 않은 오류가 발생했습니다. 창은 계속 작동하지만 마지막 작업이 끝나지 않았을 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>세부 정보 복사(&amp;C)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Event details</source>
        <translation>이벤트 세부 정보</translation>
    </message>
    <message>
        <source>Select an event on the timeline or in the list to read about it here.</source>
        <translation>타임라인이나 목록에서 이벤트를 선택하면 여기에서 내용을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>No event selected</source>
        <translation>선택한 이벤트 없음</translation>
    </message>
    <message>
        <source>Details of {0}</source>
        <translation>{0}의 세부 정보</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>inferred</source>
        <translation>추정</translation>
    </message>
    <message>
        <source>Inferred rather than stated in the sources.</source>
        <translation>출처에 명시되지 않고 추정한 내용입니다.</translation>
    </message>
    <message>
        <source>This event is inferred rather than stated.</source>
        <translation>이 이벤트는 명시되지 않고 추정한 것입니다.</translation>
    </message>
    <message>
        <source>Inferred: </source>
        <translation>추정: </translation>
    </message>
    <message>
        <source>Related events</source>
        <translation>관련 이벤트</translation>
    </message>
    <message>
        <source>Tags: </source>
        <translation>태그: </translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>당사자</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>인용</translation>
    </message>
    <message>
        <source>Also mentioned</source>
        <translation>함께 언급됨</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>주석</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Edit Event…</source>
        <translation>이벤트 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected event</source>
        <translation>선택한 이벤트 바꾸기</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>새 이벤트(&amp;N)…</translation>
    </message>
    <message>
        <source>Add an event at the selected event&apos;s date</source>
        <translation>선택한 이벤트의 날짜에 이벤트 추가</translation>
    </message>
    <message>
        <source>&amp;Duplicate Event</source>
        <translation>이벤트 복제(&amp;D)</translation>
    </message>
    <message>
        <source>Add a copy of the selected event</source>
        <translation>선택한 이벤트의 사본 추가</translation>
    </message>
    <message>
        <source>De&amp;lete Event</source>
        <translation>이벤트 삭제(&amp;L)</translation>
    </message>
    <message>
        <source>Remove the selected event</source>
        <translation>선택한 이벤트 삭제</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>새 이벤트</translation>
    </message>
    <message>
        <source>The event was no longer in the file; it is added again</source>
        <translation>파일에 더 이상 없던 이벤트를 다시 추가했습니다</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <source>Cannot apply this change</source>
        <translation>이 변경을 적용할 수 없습니다</translation>
    </message>
    <message>
        <source>Save Timeline As</source>
        <translation>다른 이름으로 타임라인 저장</translation>
    </message>
    <message>
        <source>Timeline files (*.json)</source>
        <translation>타임라인 파일 (*.json)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>저장할 수 없습니다</translation>
    </message>
    <message>
        <source>{0} was read from another format or is the bundled example: save it under another name.</source>
        <translation>{0}은(는) 다른 형식에서 읽었거나 함께 제공된 예제입니다. 다른 이름으로 저장하세요.</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} 저장됨</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>{0} has changes that are not saved. Save them first?</source>
        <translation>{0}에 저장하지 않은 변경 사항이 있습니다. 먼저 저장할까요?</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>변경 사항 버리기</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>디스크의 파일이 바뀌었습니다</translation>
    </message>
    <message>
        <source>{0} changed on disk, and there are changes here that are not saved.</source>
        <translation>디스크의 {0}이(가) 바뀌었고, 여기에는 저장하지 않은 변경 사항이 있습니다.</translation>
    </message>
    <message>
        <source>Reload and Lose My Changes</source>
        <translation>다시 불러오고 내 변경 사항 버리기</translation>
    </message>
    <message>
        <source>Keep My Changes</source>
        <translation>내 변경 사항 유지</translation>
    </message>
</context>
<context>
    <name>EditStep</name>
    <message>
        <source>Edit event &quot;{subject}&quot;</source>
        <translation>사건 &quot;{subject}&quot; 편집</translation>
    </message>
    <message>
        <source>Move event &quot;{subject}&quot;</source>
        <translation>사건 &quot;{subject}&quot; 이동</translation>
    </message>
    <message>
        <source>Change end of &quot;{subject}&quot;</source>
        <translation>&quot;{subject}&quot;의 끝 변경</translation>
    </message>
    <message>
        <source>Add event &quot;{subject}&quot;</source>
        <translation>사건 &quot;{subject}&quot; 추가</translation>
    </message>
    <message>
        <source>Duplicate event &quot;{subject}&quot;</source>
        <translation>사건 &quot;{subject}&quot; 복제</translation>
    </message>
    <message>
        <source>Delete event &quot;{subject}&quot;</source>
        <translation>사건 &quot;{subject}&quot; 삭제</translation>
    </message>
    <message>
        <source>Add category &quot;{subject}&quot;</source>
        <translation>범주 &quot;{subject}&quot; 추가</translation>
    </message>
    <message>
        <source>Edit category &quot;{subject}&quot;</source>
        <translation>범주 &quot;{subject}&quot; 편집</translation>
    </message>
    <message>
        <source>Add era &quot;{subject}&quot;</source>
        <translation>시대 &quot;{subject}&quot; 추가</translation>
    </message>
    <message>
        <source>Edit era &quot;{subject}&quot;</source>
        <translation>시대 &quot;{subject}&quot; 편집</translation>
    </message>
    <message>
        <source>Delete era &quot;{subject}&quot;</source>
        <translation>시대 &quot;{subject}&quot; 삭제</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>New Event</source>
        <translation>새 이벤트</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>이벤트 편집</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>제목(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>끝(&amp;E)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Inclusive; empty for an event on one date</source>
        <translation>이 날짜까지 포함; 하루짜리 이벤트는 비워 둡니다</translation>
    </message>
    <message>
        <source>Date &amp;note</source>
        <translation>날짜 메모(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>범주(&amp;C)</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>요약(&amp;M)</translation>
    </message>
    <message>
        <source>The event itself is inferred, not stated by a source</source>
        <translation>출처에 명시되지 않고 이벤트 자체를 추정함</translation>
    </message>
    <message>
        <source>Inferred</source>
        <translation>추정</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>New Category…</source>
        <translation>새 범주…</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>범주 없음</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Not stated by a source</source>
        <translation>출처에 명시되지 않음</translation>
    </message>
    <message>
        <source>Source ids, separated by commas</source>
        <translation>출처 ID, 쉼표로 구분</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>당사자(&amp;P)</translation>
    </message>
    <message>
        <source>Partic&amp;ipants</source>
        <translation>참가자(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>인용(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>활동(&amp;A)</translation>
    </message>
    <message>
        <source>Men&amp;tions</source>
        <translation>언급(&amp;T)</translation>
    </message>
    <message>
        <source>People, words and deeds</source>
        <translation>인물, 발언과 활동</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Sources, tags and links</source>
        <translation>출처, 태그와 연결</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Related events</source>
        <translation>관련 이벤트</translation>
    </message>
    <message>
        <source>Ids of the timeline&apos;s sources, one per line</source>
        <translation>타임라인 출처의 ID, 한 줄에 하나씩</translation>
    </message>
    <message>
        <source>One tag per line</source>
        <translation>한 줄에 태그 하나씩</translation>
    </message>
    <message>
        <source>Ids of other events, one per line</source>
        <translation>다른 이벤트의 ID, 한 줄에 하나씩</translation>
    </message>
    <message>
        <source>1 problem to fix before applying</source>
        <translation>적용하기 전에 고칠 문제 1개</translation>
    </message>
    <message>
        <source>{0} problems to fix before applying</source>
        <translation>적용하기 전에 고칠 문제 {0}개</translation>
    </message>
    <message>
        <source>Row {0}</source>
        <translation>{0}행</translation>
    </message>
    <message>
        <source>Line {0}</source>
        <translation>{0}번째 줄</translation>
    </message>
    <message>
        <source>2019 · 2019-10 · 2019-10-14 · 2019-10-14T15:00+09:00 · -0499 (500 BCE) · -13800000000</source>
        <translation>2019 · 2019-10 · 2019-10-14 · 2019-10-14T15:00+09:00 · -0499 (기원전 500년) · -13800000000</translation>
    </message>
    <message>
        <source>Reads as: {0}</source>
        <translation>읽은 날짜: {0}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>현지어 이름</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>약칭</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>대표자</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>발언자</translation>
    </message>
    <message>
        <source>Speaker&apos;s title</source>
        <translation>발언자 직함</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>맥락</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Organization&apos;s native name</source>
        <translation>기관의 현지어 이름</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>지역</translation>
    </message>
</context>
<context>
    <name>EventList</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>범주</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{0} x {1} px, vector</source>
        <translation>{0} x {1}px, 벡터</translation>
    </message>
    <message>
        <source>one page</source>
        <translation>한 페이지</translation>
    </message>
    <message>
        <source>{0} landscape</source>
        <translation>{0} 가로</translation>
    </message>
    <message>
        <source>1 page ({0})</source>
        <translation>1페이지 ({0})</translation>
    </message>
    <message>
        <source>{0} pages ({1})</source>
        <translation>{0}페이지 ({1})</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>출처: {0}</translation>
    </message>
    <message>
        <source> (citing {0})</source>
        <translation> ({0} 인용)</translation>
    </message>
    <message>
        <source> · Exported {0}</source>
        <translation> · {0}에 내보냄</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>페이지 {0} / {1}</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the timeline as a PNG image, an SVG drawing or a PDF</source>
        <translation>타임라인을 PNG 이미지, SVG 그림 또는 PDF로 내보냅니다</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the timeline, with a preview</source>
        <translation>미리 보기와 함께 타임라인을 인쇄합니다</translation>
    </message>
    <message>
        <source>Export Event &amp;Details…</source>
        <translation>이벤트 세부 정보 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <source>Write the details of the selected event, or of all events, as a Markdown or PDF document</source>
        <translation>선택한 이벤트나 모든 이벤트의 세부 정보를 Markdown 또는 PDF 문서로 저장합니다</translation>
    </message>
    <message>
        <source>Add to &amp;Calendar (.ics)…</source>
        <translation>캘린더에 추가(&amp;C) (.ics)…</translation>
    </message>
    <message>
        <source>Write the selected event, or every event, as an iCalendar file</source>
        <translation>선택한 이벤트나 모든 이벤트를 iCalendar 파일로 저장합니다</translation>
    </message>
    <message>
        <source>Export as &amp;TimelineJS JSON…</source>
        <translation>TimelineJS JSON으로 내보내기(&amp;T)…</translation>
    </message>
    <message>
        <source>Write the timeline for TimelineJS, to publish it on the web</source>
        <translation>웹에 게시할 수 있도록 타임라인을 TimelineJS 형식으로 저장합니다</translation>
    </message>
    <message>
        <source>Save a Copy as timeline-app &amp;JSON…</source>
        <translation>timeline-app JSON으로 사본 저장(&amp;J)…</translation>
    </message>
    <message>
        <source>Write the timeline (for example an imported one) in this app&apos;s format</source>
        <translation>타임라인(예: 가져온 타임라인)을 이 앱의 형식으로 저장합니다</translation>
    </message>
    <message>
        <source>&amp;Selected Event</source>
        <translation>선택한 이벤트(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;All Events</source>
        <translation>모든 이벤트(&amp;A)</translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation>{0} 내보내기</translation>
    </message>
    <message>
        <source>Exporting {0}…</source>
        <translation>{0} 내보내는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Exported {0}: {1}</source>
        <translation>{0} 내보내기 완료: {1}</translation>
    </message>
    <message>
        <source>Export failed: {0}</source>
        <translation>내보내기 실패: {0}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>내보내기를 취소했습니다. 아무것도 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>인쇄 미리 보기</translation>
    </message>
    <message>
        <source>Export Event Details</source>
        <translation>이벤트 세부 정보 내보내기</translation>
    </message>
    <message>
        <source>Write the details of the selected event, or of every event?</source>
        <translation>선택한 이벤트의 세부 정보를 저장할까요, 모든 이벤트의 세부 정보를 저장할까요?</translation>
    </message>
    <message>
        <source>Markdown (*.md);;PDF document (*.pdf)</source>
        <translation>Markdown (*.md);;PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote the details of 1 event to {0}</source>
        <translation>이벤트 1개의 세부 정보를 {0}에 저장했습니다</translation>
    </message>
    <message>
        <source>Wrote the details of {0} events to {1}</source>
        <translation>이벤트 {0}개의 세부 정보를 {1}에 저장했습니다</translation>
    </message>
    <message>
        <source>Add to Calendar</source>
        <translation>캘린더에 추가</translation>
    </message>
    <message>
        <source>Write the selected event, or every event shown?</source>
        <translation>선택한 이벤트를 저장할까요, 표시된 모든 이벤트를 저장할까요?</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>{0} 저장 완료</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PNG image</source>
        <translation>PNG 이미지</translation>
    </message>
    <message>
        <source>SVG drawing (vector, selectable text)</source>
        <translation>SVG 그림 (벡터, 텍스트 선택 가능)</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF 문서 (벡터)</translation>
    </message>
    <message>
        <source>One long page</source>
        <translation>긴 한 페이지</translation>
    </message>
    <message>
        <source>A4 pages, landscape</source>
        <translation>A4 페이지, 가로</translation>
    </message>
    <message>
        <source>Letter pages, landscape</source>
        <translation>Letter 페이지, 가로</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>&amp;Whole timeline</source>
        <translation>타임라인 전체(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Visible part</source>
        <translation>보이는 부분(&amp;V)</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>기간(&amp;R)</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>시작 날짜</translation>
    </message>
    <message>
        <source>To date, inclusive</source>
        <translation>종료 날짜(포함)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>Width in pixels before scaling</source>
        <translation>배율 적용 전 너비(픽셀)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Height in pixels before scaling, 0 for automatic</source>
        <translation>배율 적용 전 높이(픽셀), 0이면 자동</translation>
    </message>
    <message>
        <source> (crisp on HiDPI)</source>
        <translation> (HiDPI에서 선명)</translation>
    </message>
    <message>
        <source>Trans&amp;parent background</source>
        <translation>투명 배경(&amp;P)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Include the &amp;title</source>
        <translation>제목 포함(&amp;T)</translation>
    </message>
    <message>
        <source>The timeline&apos;s title</source>
        <translation>타임라인 제목</translation>
    </message>
    <message>
        <source>Title text, empty for the timeline&apos;s title</source>
        <translation>제목 텍스트, 비워 두면 타임라인 제목</translation>
    </message>
    <message>
        <source>Include the &amp;legend</source>
        <translation>범례 포함(&amp;L)</translation>
    </message>
    <message>
        <source>Include a &amp;footer with the source and date</source>
        <translation>원본 파일과 날짜가 있는 바닥글 포함(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>형식(&amp;O):</translation>
    </message>
    <message>
        <source>Pa&amp;ges:</source>
        <translation>페이지(&amp;G):</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>범위:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>너비(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>높이(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>배율(&amp;S):</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>테마(&amp;H):</translation>
    </message>
    <message>
        <source>Title te&amp;xt:</source>
        <translation>제목 텍스트(&amp;X):</translation>
    </message>
    <message>
        <source>give both dates of the range, e.g. 2019-10-01 to 2019-10-31</source>
        <translation>범위의 두 날짜를 모두 입력하세요. 예: 2019-10-01 ~ 2019-10-31</translation>
    </message>
    <message>
        <source>Range: {0}</source>
        <translation>범위: {0}</translation>
    </message>
</context>
<context>
    <name>FileLoader</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancel opening the file</source>
        <translation>파일 열기 취소</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>{0} 여는 중…</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Filters</source>
        <translation>필터</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>범주</translation>
    </message>
    <message>
        <source>Tags: show only events with any checked tag</source>
        <translation>태그: 선택한 태그가 하나라도 있는 이벤트만 표시</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Find a name…</source>
        <translation>이름 찾기…</translation>
    </message>
    <message>
        <source>Find a party or participant</source>
        <translation>당사자 또는 참가자 찾기</translation>
    </message>
    <message>
        <source>Parties and participants: show only events with any checked name</source>
        <translation>당사자와 참가자: 선택한 이름이 하나라도 있는 이벤트만 표시</translation>
    </message>
    <message>
        <source>Parties and participants</source>
        <translation>당사자와 참가자</translation>
    </message>
    <message>
        <source>e.g. 2019-10 or -0499</source>
        <translation>예: 2019-10 또는 -0499</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>시작 날짜</translation>
    </message>
    <message>
        <source>e.g. 2019-12-31</source>
        <translation>예: 2019-12-31</translation>
    </message>
    <message>
        <source>To date, inclusive</source>
        <translation>종료 날짜(포함)</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>날짜 범위</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>시작(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>종료(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Clear All Filters</source>
        <translation>모든 필터 지우기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening {0}…</source>
        <translation>{0} 여는 중…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a timeline file</source>
        <translation>타임라인 파일을 엽니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>전체 보기(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole timeline</source>
        <translation>타임라인 전체를 표시합니다</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>다음 이벤트(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation>이전 이벤트(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About timeline-app</source>
        <translation>timeline-app 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Filters Panel</source>
        <translation>필터 패널(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Clear All Filters</source>
        <translation>모든 필터 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>Show every event again</source>
        <translation>모든 이벤트를 다시 표시합니다</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>시스템 설정 따르기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Scale: {0} ≈ {1} px</source>
        <translation>배율: {0} ≈ {1}px</translation>
    </message>
    <message>
        <source>Open Timeline</source>
        <translation>타임라인 열기</translation>
    </message>
    <message>
        <source>All supported timelines ({0})</source>
        <translation>지원하는 모든 타임라인 ({0})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Opening {0} cancelled</source>
        <translation>{0} 열기를 취소했습니다</translation>
    </message>
    <message>
        <source>Cannot open this timeline</source>
        <translation>이 타임라인을 열 수 없습니다</translation>
    </message>
    <message>
        <source>No timeline open</source>
        <translation>열린 타임라인 없음</translation>
    </message>
    <message>
        <source>Cannot open this timeline.</source>
        <translation>이 타임라인을 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Filter on: {0} of {1} events ({2})</source>
        <translation>필터 사용 중: 이벤트 {1}개 중 {0}개 ({2})</translation>
    </message>
    <message>
        <source>1 category hidden</source>
        <translation>범주 1개 숨김</translation>
    </message>
    <message>
        <source>{0} categories hidden</source>
        <translation>범주 {0}개 숨김</translation>
    </message>
    <message>
        <source>tags: {0}</source>
        <translation>태그: {0}</translation>
    </message>
    <message>
        <source>with: {0}</source>
        <translation>포함: {0}</translation>
    </message>
    <message>
        <source>date range</source>
        <translation>날짜 범위</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>메뉴 비우기(&amp;C)</translation>
    </message>
    <message>
        <source>{0} was removed or renamed; showing the last version read.</source>
        <translation>{0} 파일이 삭제되었거나 이름이 바뀌었습니다. 마지막으로 읽은 버전을 표시합니다.</translation>
    </message>
    <message>
        <source>Reloading {0}…</source>
        <translation>{0} 다시 불러오는 중…</translation>
    </message>
    <message>
        <source>Reloaded {0}</source>
        <translation>{0} 다시 불러옴</translation>
    </message>
    <message>
        <source>The file changed on disk and cannot be read; still showing the last good version.</source>
        <translation>디스크의 파일이 바뀌었는데 읽을 수 없습니다. 마지막으로 정상적으로 읽은 버전을 계속 표시합니다.</translation>
    </message>
    <message>
        <source>... and {0} more (timeline-app validate lists them all)</source>
        <translation>… 외 {0}개 (timeline-app validate로 모두 볼 수 있습니다)</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>경고 1개</translation>
    </message>
    <message>
        <source>{0} warnings</source>
        <translation>경고 {0}개</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the timeline</source>
        <translation>타임라인 저장</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the timeline under another name</source>
        <translation>타임라인을 다른 이름으로 저장</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>{0} 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>{0} 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Messages</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>메시지 닫기</translation>
    </message>
</context>
<context>
    <name>NewCategoryDialog</name>
    <message>
        <source>New Category</source>
        <translation>새 범주</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <source>Category Colour</source>
        <translation>범주 색</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Overview of {0}: {1} events, {2}. The box marks the part shown in the canvas; drag it to pan, click elsewhere to centre the canvas there, scroll to zoom.</source>
        <translation>{0} 개요: 이벤트 {1}개, {2}. 상자는 캔버스에 보이는 부분을 나타냅니다. 끌면 이동하고, 다른 곳을 클릭하면 그곳을 캔버스 가운데에 놓고, 스크롤하면 확대·축소합니다.</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>개요(&amp;V)</translation>
    </message>
    <message>
        <source>Show or hide the overview strip under the timeline</source>
        <translation>타임라인 아래의 개요 띠를 표시하거나 숨깁니다</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>이벤트 검색</translation>
    </message>
    <message>
        <source>Type to find events by any word they hold; Enter or F3 goes to the next match, Shift+F3 to the previous one, Escape clears.</source>
        <translation>이벤트에 들어 있는 낱말을 입력해 찾습니다. Enter나 F3은 다음 결과로, Shift+F3은 이전 결과로 가고, Esc는 검색어를 지웁니다.</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>다음 찾기(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>이전 찾기(&amp;P)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>결과 없음</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>결과 1개</translation>
    </message>
    <message>
        <source>{0} matches</source>
        <translation>결과 {0}개</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{1}개 중 {0}번째</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open a timeline file (or drop one on the window)</source>
        <translation>타임라인 파일 열기 (창에 끌어다 놓아도 됨)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search: every word must match, case and accents ignored</source>
        <translation>검색: 모든 낱말이 일치해야 함, 대소문자와 악센트 무시</translation>
    </message>
    <message>
        <source>Enter, F3 / Shift+F3</source>
        <translation>Enter, F3 / Shift+F3</translation>
    </message>
    <message>
        <source>Next / previous search match (the canvas follows)</source>
        <translation>다음 / 이전 검색 결과 (캔버스가 따라감)</translation>
    </message>
    <message>
        <source>Escape (in the search field)</source>
        <translation>Esc (검색 칸에서)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>검색어 지우기</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Show or hide the Filters panel</source>
        <translation>필터 패널 표시 또는 숨기기</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>모든 필터 지우기</translation>
    </message>
    <message>
        <source>Click a legend entry</source>
        <translation>범례 항목 클릭</translation>
    </message>
    <message>
        <source>Hide or show that category</source>
        <translation>그 범주 숨기기 또는 표시</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export a PNG, SVG or PDF of the timeline</source>
        <translation>타임라인을 PNG, SVG 또는 PDF로 내보내기</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Print, with a preview</source>
        <translation>미리 보기와 함께 인쇄</translation>
    </message>
    <message>
        <source>Ctrl++ / Ctrl+=</source>
        <translation>Ctrl++ / Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom in (about the selected event when visible)</source>
        <translation>확대 (선택한 이벤트가 보이면 그 이벤트를 중심으로)</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Fit the whole timeline</source>
        <translation>타임라인 전체 보기</translation>
    </message>
    <message>
        <source>Mouse wheel, pinch</source>
        <translation>마우스 휠, 핀치</translation>
    </message>
    <message>
        <source>Zoom about the pointer</source>
        <translation>포인터를 중심으로 확대·축소</translation>
    </message>
    <message>
        <source>Drag, Shift+wheel, sideways swipe</source>
        <translation>끌기, Shift+휠, 옆으로 밀기</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Drag the box in the overview</source>
        <translation>개요의 상자 끌기</translation>
    </message>
    <message>
        <source>Pan; click elsewhere in it to go there, scroll on it to zoom</source>
        <translation>이동. 개요의 다른 곳을 클릭하면 그곳으로 가고, 스크롤하면 확대·축소</translation>
    </message>
    <message>
        <source>Alt+wheel, Ctrl+Up / Ctrl+Down</source>
        <translation>Alt+휠, Ctrl+위 / Ctrl+아래</translation>
    </message>
    <message>
        <source>Scroll the lanes when they do not all fit (canvas focused for keys)</source>
        <translation>레인이 다 들어가지 않을 때 레인 스크롤 (키는 캔버스에 포커스가 있을 때)</translation>
    </message>
    <message>
        <source>Click a cluster or band</source>
        <translation>묶음이나 띠 클릭</translation>
    </message>
    <message>
        <source>Zoom into its events (a band across the view: 4x about the click)</source>
        <translation>그 이벤트들로 확대 (화면을 가로지르는 띠: 클릭한 곳을 중심으로 4배)</translation>
    </message>
    <message>
        <source>Click a folded row (below the dashed rule)</source>
        <translation>접힌 줄 클릭 (점선 아래)</translation>
    </message>
    <message>
        <source>Scroll down to the lanes it stands for</source>
        <translation>그 줄이 묶은 레인으로 스크롤</translation>
    </message>
    <message>
        <source>Left / Right, Tab / Shift+Tab</source>
        <translation>왼쪽 / 오른쪽, Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Previous / next event (canvas focused)</source>
        <translation>이전 / 다음 이벤트 (캔버스에 포커스가 있을 때)</translation>
    </message>
    <message>
        <source>Ctrl+Left / Ctrl+Right</source>
        <translation>Ctrl+왼쪽 / Ctrl+오른쪽</translation>
    </message>
    <message>
        <source>Previous / next event (anywhere)</source>
        <translation>이전 / 다음 이벤트 (어디서나)</translation>
    </message>
    <message>
        <source>Shift+Left / Shift+Right</source>
        <translation>Shift+왼쪽 / Shift+오른쪽</translation>
    </message>
    <message>
        <source>Pan a little</source>
        <translation>조금 이동</translation>
    </message>
    <message>
        <source>Page Up / Page Down</source>
        <translation>Page Up / Page Down</translation>
    </message>
    <message>
        <source>Pan a screen</source>
        <translation>한 화면 이동</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>First / last event</source>
        <translation>첫 / 마지막 이벤트</translation>
    </message>
    <message>
        <source>+ / -</source>
        <translation>+ / -</translation>
    </message>
    <message>
        <source>Zoom in / out (canvas focused)</source>
        <translation>확대 / 축소 (캔버스에 포커스가 있을 때)</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Enter, 두 번 클릭</translation>
    </message>
    <message>
        <source>Zoom to the selected event</source>
        <translation>선택한 이벤트로 확대</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>선택 해제</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>이 목록</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Zoomed out as far as it goes: the whole timeline, and twice its length on each side</source>
        <translation>최대한 축소했습니다: 타임라인 전체와 양쪽으로 그 길이의 두 배까지</translation>
    </message>
    <message>
        <source>Zoomed in as far as it goes: 1 millisecond ≈ 100 px</source>
        <translation>최대한 확대했습니다: 1밀리초 ≈ 100px</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>lane {0}</source>
        <translation>레인 {0}</translation>
    </message>
    <message>
        <source>lanes {0}–{1}</source>
        <translation>레인 {0}–{1}</translation>
    </message>
    <message>
        <source>{0} events in {1}, {2}</source>
        <translation>{1}의 이벤트 {0}개, {2}</translation>
    </message>
    <message>
        <source>Click to show these lanes one by one</source>
        <translation>클릭하면 이 레인들을 하나씩 표시합니다</translation>
    </message>
    <message>
        <source>{0} events, {1}</source>
        <translation>이벤트 {0}개, {1}</translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>클릭하면 확대합니다</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>A desktop timeline viewer. With no command, opens FILE (or the bundled Songdo 2019 timeline) in a window.</source>
        <translation>데스크톱 타임라인 뷰어. 명령 없이 실행하면 FILE(또는 함께 제공되는 송도 2019 타임라인)을 창에서 엽니다.</translation>
    </message>
    <message>
        <source>Commands: view [FILE] | export [FILE] -o OUT.png|.svg|.pdf | validate FILE... | convert IN -o OUT (see &apos;{0} COMMAND --help&apos;).</source>
        <translation>명령: view [FILE] | export [FILE] -o OUT.png|.svg|.pdf | validate FILE... | convert IN -o OUT (&apos;{0} COMMAND --help&apos; 참고).</translation>
    </message>
    <message>
        <source>interface language: en or ko (default: as chosen in the window, else the system&apos;s)</source>
        <translation>인터페이스 언어: en 또는 ko (기본값: 창에서 고른 언어, 없으면 시스템 언어)</translation>
    </message>
    <message>
        <source>open a timeline in a window (the default)</source>
        <translation>타임라인을 창에서 열기 (기본값)</translation>
    </message>
    <message>
        <source>timeline file (default: the bundled timeline)</source>
        <translation>타임라인 파일 (기본값: 함께 제공되는 타임라인)</translation>
    </message>
    <message>
        <source>write a PNG, SVG or PDF of a timeline (or its event details), without a display</source>
        <translation>화면 없이 타임라인(또는 이벤트 세부 정보)을 PNG, SVG, PDF로 저장</translation>
    </message>
    <message>
        <source>Paint the timeline into OUT: .png (an image), .svg (vector, selectable text) or .pdf (vector; one long page, or tiled with --pages a4|letter). With --details, write the details of every event (or of --event ID) as a readable .md or .pdf document instead.</source>
        <translation>타임라인을 OUT에 그립니다: .png(이미지), .svg(벡터, 텍스트 선택 가능) 또는 .pdf(벡터, 긴 한 페이지 또는 --pages a4|letter로 여러 페이지). --details를 주면 대신 모든 이벤트(또는 --event ID)의 세부 정보를 읽기 쉬운 .md나 .pdf 문서로 저장합니다.</translation>
    </message>
    <message>
        <source>the file to write; its suffix picks the format: .png, .svg, .pdf (.md, .pdf with --details)</source>
        <translation>저장할 파일. 확장자로 형식을 고릅니다: .png, .svg, .pdf (--details와 함께면 .md, .pdf)</translation>
    </message>
    <message>
        <source>all (default), or FROM..TO in ISO dates, TO inclusive: 2019-10-01..2019-10-31, 2019-10..</source>
        <translation>all(기본값) 또는 ISO 날짜의 FROM..TO, TO 포함: 2019-10-01..2019-10-31, 2019-10..</translation>
    </message>
    <message>
        <source>start of the range (ISO date)</source>
        <translation>범위의 시작 (ISO 날짜)</translation>
    </message>
    <message>
        <source>end of the range, inclusive (ISO date)</source>
        <translation>범위의 끝, 포함 (ISO 날짜)</translation>
    </message>
    <message>
        <source>width in px before scaling (default 1600)</source>
        <translation>배율 적용 전 너비(px) (기본값 1600)</translation>
    </message>
    <message>
        <source>height in px before scaling (default: fit the lanes)</source>
        <translation>배율 적용 전 높이(px) (기본값: 레인에 맞춤)</translation>
    </message>
    <message>
        <source>PNG pixel scale, 2 is crisp on HiDPI (default 2; vector formats ignore it)</source>
        <translation>PNG 픽셀 배율, 2는 HiDPI에서 선명 (기본값 2, 벡터 형식은 무시)</translation>
    </message>
    <message>
        <source>colours (default light)</source>
        <translation>색 (기본값 light)</translation>
    </message>
    <message>
        <source>the title to print (default: the timeline&apos;s)</source>
        <translation>표시할 제목 (기본값: 타임라인의 제목)</translation>
    </message>
    <message>
        <source>leave out the title</source>
        <translation>제목 생략</translation>
    </message>
    <message>
        <source>leave out the category legend</source>
        <translation>범주 범례 생략</translation>
    </message>
    <message>
        <source>PNG, SVG: no background</source>
        <translation>PNG, SVG: 배경 없음</translation>
    </message>
    <message>
        <source>PDF: one long page (single, the default) or tiled landscape A4 or Letter pages; with --details, the paper: a4 (default) or letter</source>
        <translation>PDF: 긴 한 페이지(single, 기본값) 또는 가로 A4나 Letter 페이지 여러 장. --details와 함께면 용지: a4(기본값) 또는 letter</translation>
    </message>
    <message>
        <source>a footer line with the source file and the date (default: no footer)</source>
        <translation>원본 파일과 날짜가 있는 바닥글 줄 (기본값: 바닥글 없음)</translation>
    </message>
    <message>
        <source>write the event details (parties, participants, quotes, sources) to OUT.md or OUT.pdf</source>
        <translation>이벤트 세부 정보(당사자, 참가자, 인용, 출처)를 OUT.md나 OUT.pdf로 저장</translation>
    </message>
    <message>
        <source>with --details: only this event (default: every event)</source>
        <translation>--details와 함께: 이 이벤트만 (기본값: 모든 이벤트)</translation>
    </message>
    <message>
        <source>check timeline files and print each problem with its place</source>
        <translation>타임라인 파일을 검사하고 문제마다 위치와 함께 출력</translation>
    </message>
    <message>
        <source>write a timeline (TimelineJS, .timeline, .ics, ...) in another format</source>
        <translation>타임라인(TimelineJS, .timeline, .ics 등)을 다른 형식으로 저장</translation>
    </message>
    <message>
        <source>Read IN in any supported format (timeline-app JSON, TimelineJS JSON or CSV, Timeline .timeline XML, iCalendar .ics) and write OUT: our JSON, TimelineJS JSON (--to timelinejs) or iCalendar (OUT.ics, or --to ics).</source>
        <translation>지원하는 형식(timeline-app JSON, TimelineJS JSON 또는 CSV, Timeline .timeline XML, iCalendar .ics)의 IN을 읽어 OUT으로 저장합니다: 이 앱의 JSON, TimelineJS JSON(--to timelinejs) 또는 iCalendar(OUT.ics 또는 --to ics).</translation>
    </message>
    <message>
        <source>the file to read</source>
        <translation>읽을 파일</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>저장할 파일</translation>
    </message>
    <message>
        <source>output format (default: from OUT&apos;s suffix, .ics -&gt; ics, else timeline-app)</source>
        <translation>출력 형식 (기본값: OUT의 확장자에 따라, .ics이면 ics, 아니면 timeline-app)</translation>
    </message>
    <message>
        <source>write only this event (.ics only)</source>
        <translation>이 이벤트만 저장 (.ics만)</translation>
    </message>
    <message>
        <source>error: {0}</source>
        <translation>오류: {0}</translation>
    </message>
    <message>
        <source>1 event from {1} written as {2}</source>
        <translation>{1}의 이벤트 1개를 {2}(으)로 저장했습니다</translation>
    </message>
    <message>
        <source>{0} events from {1} written as {2}</source>
        <translation>{1}의 이벤트 {0}개를 {2}(으)로 저장했습니다</translation>
    </message>
    <message>
        <source>, read as {0}</source>
        <translation>, {0}(으)로 읽음</translation>
    </message>
    <message>
        <source>OK (1 event{1})</source>
        <translation>정상 (이벤트 1개{1})</translation>
    </message>
    <message>
        <source>OK ({0} events{1})</source>
        <translation>정상 (이벤트 {0}개{1})</translation>
    </message>
    <message>
        <source>details of 1 event</source>
        <translation>이벤트 1개의 세부 정보</translation>
    </message>
    <message>
        <source>details of {0} events</source>
        <translation>이벤트 {0}개의 세부 정보</translation>
    </message>
    <message>
        <source>To make a picture without a window:</source>
        <translation>창 없이 그림을 만들려면:</translation>
    </message>
</context>
</TS>
