BEGIN TRANSACTION;
CREATE TABLE action_item (
	id VARCHAR(36) NOT NULL, 
	assessment_id VARCHAR(36) NOT NULL, 
	position INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	elements JSON NOT NULL, 
	party VARCHAR(16) NOT NULL, 
	owner VARCHAR(200) NOT NULL, 
	deadline DATE NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	follow_up TEXT NOT NULL, 
	origin_item_id VARCHAR(36), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_action_item PRIMARY KEY (id), 
	CONSTRAINT ck_action_item_party_known CHECK (party IN ('kommune', 'psykiatri', 'faelles')), 
	CONSTRAINT ck_action_item_status_known CHECK (status IN ('aaben', 'i_gang', 'afsluttet')), 
	CONSTRAINT fk_action_item_assessment_id_assessment FOREIGN KEY(assessment_id) REFERENCES assessment (id) ON DELETE CASCADE
);
INSERT INTO "action_item" VALUES('479d9ce0-a1fa-5d5a-be0c-170f76a629a3','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',0,'Få P1.2 på plads: Borgere må ikke blive udelukket fra IPS på baggrund af symptomgrad, misbrug eller andet. Det gælder også, selvom der er iværksat andre indsatser. Der kan dog være indgået lokale aftaler om at afgrænse IPS-indsatsen til specifikke målgrupper.','["P1.2"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','aaben','',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('582e419c-8acc-5862-a317-d5972813982c','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',1,'Ingen nye praktikker; jobsøgningen rettes mod ordinære job med støtte','["P2.2"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('9820bd81-4ccf-51ef-b8b2-8f0146affd79','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',2,'Psykiatrien giver IPS-konsulenterne fast plads og træffetid i F-ACT og OPUS','["P3.2"]','psykiatri','Signe Vang','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('eff42fba-d022-5dc3-b0c9-ea6588135ad7','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',3,'Månedligt møde mellem IPS-konsulent og behandler om fælles deltagere','["P3.3"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('83914a17-0a1b-5658-9cb2-67bcbd2b4443','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',4,'Få P4.1 på plads: Deltagerne tilbydes information og vejledning i forhold til, hvordan et arbejde påvirker deres sociale ydelser.','["P4.1"]','kommune','Lone Kjær','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('df2bf895-67da-5c9f-8260-ed9e5515413e','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',5,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('a1ed7b4f-053c-5e39-94b2-78c2d99efb40','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',6,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Birgitte Holm','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('1766a087-8b20-5dde-b060-bbcf7770134a','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',7,'Få P7.1 på plads: IPS-konsulenten laver individuelle konkrete aftaler omkring støtteindsatsen med hver enkelt deltager.','["P7.1"]','kommune','Birgitte Holm','2026-03-31','aaben','',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('c314e48a-3d1b-5a4a-8b85-0c293621b7a6','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',8,'Få P7.2 på plads: IPS-konsulenten har personlig kontakt med deltagerne efter job- eller uddannelsesstart, også selv om de er blevet selvforsørgende. Støtten er fleksibel og vil derfor variere i omfang.','["P7.2"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('41b1c015-9325-53bd-94f7-5b246ff4ad11','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',9,'Få P8.2 på plads: Disclosure: Hvis en deltager ikke ønsker at fortælle en arbejdsgiver om sin sygdom, skal IPS-konsulenten respektere dette ønske og tilrettelægge jobsøgningen derefter.','["P8.2"]','kommune','Lone Kjær','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('14ffea40-9bfa-534c-8053-915c8612de15','ec438b0c-0647-559f-9d36-ff39a127ba64',0,'Få P1.2 på plads: Borgere må ikke blive udelukket fra IPS på baggrund af symptomgrad, misbrug eller andet. Det gælder også, selvom der er iværksat andre indsatser. Der kan dog være indgået lokale aftaler om at afgrænse IPS-indsatsen til specifikke målgrupper.','["P1.2"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.','479d9ce0-a1fa-5d5a-be0c-170f76a629a3','2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('f50c4311-57ff-5654-9d90-5d256d63efae','ec438b0c-0647-559f-9d36-ff39a127ba64',1,'Psykiatrien giver IPS-konsulenterne fast plads og træffetid i F-ACT og OPUS','["P3.2"]','psykiatri','Signe Vang','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.','9820bd81-4ccf-51ef-b8b2-8f0146affd79','2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('55393048-4526-5677-a13f-871ce594085b','ec438b0c-0647-559f-9d36-ff39a127ba64',2,'Få P4.1 på plads: Deltagerne tilbydes information og vejledning i forhold til, hvordan et arbejde påvirker deres sociale ydelser.','["P4.1"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','83914a17-0a1b-5658-9cb2-67bcbd2b4443','2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('384dc840-ad8e-5e46-8b33-e37c906652cc','ec438b0c-0647-559f-9d36-ff39a127ba64',3,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Birgitte Holm','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','a1ed7b4f-053c-5e39-94b2-78c2d99efb40','2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('b636a94f-4d4d-5eac-9c1d-a730bca7626a','ec438b0c-0647-559f-9d36-ff39a127ba64',4,'Få P7.1 på plads: IPS-konsulenten laver individuelle konkrete aftaler omkring støtteindsatsen med hver enkelt deltager.','["P7.1"]','kommune','Birgitte Holm','2026-03-31','aaben','','1766a087-8b20-5dde-b060-bbcf7770134a','2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('821643b2-e677-552b-b1e3-3019f7213f23','ec438b0c-0647-559f-9d36-ff39a127ba64',5,'Få P8.2 på plads: Disclosure: Hvis en deltager ikke ønsker at fortælle en arbejdsgiver om sin sygdom, skal IPS-konsulenten respektere dette ønske og tilrettelægge jobsøgningen derefter.','["P8.2"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','41b1c015-9325-53bd-94f7-5b246ff4ad11','2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('365271d2-064e-58a7-a6fd-29e805929fae','ec438b0c-0647-559f-9d36-ff39a127ba64',6,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Lone Kjær','2026-06-30','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('b67e95c9-5397-5e9c-b37c-e0851f1751be','ec438b0c-0647-559f-9d36-ff39a127ba64',7,'Få P7.2 på plads: IPS-konsulenten har personlig kontakt med deltagerne efter job- eller uddannelsesstart, også selv om de er blevet selvforsørgende. Støtten er fleksibel og vil derfor variere i omfang.','["P7.2"]','kommune','Lone Kjær','2026-06-30','aaben','',NULL,'2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('687ba266-f978-553d-8625-d6a8fa4dae6d','86b7280e-71db-5570-837e-0bc9345f51d1',0,'Få P1.2 på plads: Borgere må ikke blive udelukket fra IPS på baggrund af symptomgrad, misbrug eller andet. Det gælder også, selvom der er iværksat andre indsatser. Der kan dog være indgået lokale aftaler om at afgrænse IPS-indsatsen til specifikke målgrupper.','["P1.2"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.','14ffea40-9bfa-534c-8053-915c8612de15','2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('87cd7808-f680-5c8c-955f-54c87350cdaa','86b7280e-71db-5570-837e-0bc9345f51d1',1,'Psykiatrien giver IPS-konsulenterne fast plads og træffetid i F-ACT og OPUS','["P3.2"]','psykiatri','Signe Vang','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','f50c4311-57ff-5654-9d90-5d256d63efae','2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('dd92873c-eaf4-5f18-990d-ad22dd399b5c','86b7280e-71db-5570-837e-0bc9345f51d1',2,'Få P7.1 på plads: IPS-konsulenten laver individuelle konkrete aftaler omkring støtteindsatsen med hver enkelt deltager.','["P7.1"]','kommune','Birgitte Holm','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','b636a94f-4d4d-5eac-9c1d-a730bca7626a','2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('afcc6f7c-5706-5850-a109-46585695bace','86b7280e-71db-5570-837e-0bc9345f51d1',3,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Lone Kjær','2026-06-30','afsluttet','Gennemført og fulgt op på ledermødet.','365271d2-064e-58a7-a6fd-29e805929fae','2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('d571119b-23c5-58fb-84bb-86102b9421a3','86b7280e-71db-5570-837e-0bc9345f51d1',4,'Få P7.2 på plads: IPS-konsulenten har personlig kontakt med deltagerne efter job- eller uddannelsesstart, også selv om de er blevet selvforsørgende. Støtten er fleksibel og vil derfor variere i omfang.','["P7.2"]','kommune','Lone Kjær','2026-06-30','aaben','','b67e95c9-5397-5e9c-b37c-e0851f1751be','2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('1835a3da-958d-58b2-9782-0501a5800278','86b7280e-71db-5570-837e-0bc9345f51d1',5,'Ingen nye praktikker; jobsøgningen rettes mod ordinære job med støtte','["P2.2"]','kommune','Birgitte Holm','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('cd42896e-5835-537c-90f4-a3cbf529b876','86b7280e-71db-5570-837e-0bc9345f51d1',6,'Få P4.1 på plads: Deltagerne tilbydes information og vejledning i forhold til, hvordan et arbejde påvirker deres sociale ydelser.','["P4.1"]','kommune','Birgitte Holm','2026-10-06','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('37d9a941-bbe4-5e42-8148-cc2bdc48fa5f','86b7280e-71db-5570-837e-0bc9345f51d1',7,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Birgitte Holm','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('e14f5de1-50f5-5268-98bc-403257600123','86b7280e-71db-5570-837e-0bc9345f51d1',8,'Få P8.2 på plads: Disclosure: Hvis en deltager ikke ønsker at fortælle en arbejdsgiver om sin sygdom, skal IPS-konsulenten respektere dette ønske og tilrettelægge jobsøgningen derefter.','["P8.2"]','kommune','Lone Kjær','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('f4eebfab-f98f-5e8c-9f20-9dbdc87009ce','255f784d-1663-5b64-94df-c63d8dbdda24',0,'Få P1.2 på plads: Borgere må ikke blive udelukket fra IPS på baggrund af symptomgrad, misbrug eller andet. Det gælder også, selvom der er iværksat andre indsatser. Der kan dog være indgået lokale aftaler om at afgrænse IPS-indsatsen til specifikke målgrupper.','["P1.2"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.','687ba266-f978-553d-8625-d6a8fa4dae6d','2026-12-04 04:11:00.866926','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('fec62ff7-3081-5e23-ba74-97360169d4a0','255f784d-1663-5b64-94df-c63d8dbdda24',1,'Få P7.2 på plads: IPS-konsulenten har personlig kontakt med deltagerne efter job- eller uddannelsesstart, også selv om de er blevet selvforsørgende. Støtten er fleksibel og vil derfor variere i omfang.','["P7.2"]','kommune','Lone Kjær','2026-06-30','i_gang','Drøftet på teammødet; de første aftaler er lavet.','d571119b-23c5-58fb-84bb-86102b9421a3','2026-12-04 04:11:00.866926','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('1158609c-8f16-58ef-9f2c-69ade282fbf4','255f784d-1663-5b64-94df-c63d8dbdda24',2,'Få P4.1 på plads: Deltagerne tilbydes information og vejledning i forhold til, hvordan et arbejde påvirker deres sociale ydelser.','["P4.1"]','kommune','Birgitte Holm','2026-10-06','i_gang','Drøftet på teammødet; de første aftaler er lavet.','cd42896e-5835-537c-90f4-a3cbf529b876','2026-12-04 04:11:00.866926','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('d07fea31-81f8-560b-9297-febed8c876bb','255f784d-1663-5b64-94df-c63d8dbdda24',3,'Ingen nye praktikker; jobsøgningen rettes mod ordinære job med støtte','["P2.2"]','kommune','Birgitte Holm','2026-12-22','aaben','',NULL,'2026-12-04 04:11:00.866926','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('064eeac5-aee8-5014-aaac-a01e3182ea32','255f784d-1663-5b64-94df-c63d8dbdda24',4,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Birgitte Holm','2026-12-22','aaben','',NULL,'2026-12-04 04:11:00.866926','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('ac516a14-2cb8-52f2-ab4b-e760b0a171af','255f784d-1663-5b64-94df-c63d8dbdda24',5,'Få P7.1 på plads: IPS-konsulenten laver individuelle konkrete aftaler omkring støtteindsatsen med hver enkelt deltager.','["P7.1"]','kommune','Lone Kjær','2026-12-22','aaben','',NULL,'2026-12-04 04:11:00.866926','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('eef49dd1-6b98-595b-aa87-da17d7e36dcb','7a0e7fc9-d893-5ef3-b898-1c6faaf21862',0,'Ingen nye praktikker; jobsøgningen rettes mod ordinære job med støtte','["P2.2"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('0c516aa6-fc3e-50d0-a04a-83724cb64768','7a0e7fc9-d893-5ef3-b898-1c6faaf21862',1,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Lone Kjær','2026-03-31','aaben','',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('ac4eecf3-7f14-594a-ad71-dd737bcb7fe8','3368faf5-1357-524b-97f1-d330d1a03474',0,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','0c516aa6-fc3e-50d0-a04a-83724cb64768','2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('296fcd16-bd83-5e51-80f7-2277ffcff312','3368faf5-1357-524b-97f1-d330d1a03474',1,'Psykiatrien giver IPS-konsulenterne fast plads og træffetid i F-ACT og OPUS','["P3.2"]','psykiatri','Henrik Bang','2026-06-30','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('eda863ab-d3d1-5992-ade0-0636c9b79054','3368faf5-1357-524b-97f1-d330d1a03474',2,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Lone Kjær','2026-06-30','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('9a331e10-34bc-5f9a-8e06-9253df4123ab','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79',0,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Lone Kjær','2026-06-30','i_gang','Drøftet på teammødet; de første aftaler er lavet.','eda863ab-d3d1-5992-ade0-0636c9b79054','2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('d80eb61e-4abf-5e99-8078-04561149a830','10b3c1bd-0c8a-5990-b513-ab96fdfb9672',0,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Lone Kjær','2026-06-30','i_gang','Drøftet på teammødet; de første aftaler er lavet.','9a331e10-34bc-5f9a-8e06-9253df4123ab','2026-12-04 04:11:00.866926','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('046ce9f8-e835-5258-ac53-3cf5649335fb','fbdc0e19-b5ee-513a-bd18-cbfc754874f9',0,'Psykiatrien giver IPS-konsulenterne fast plads og træffetid i F-ACT og OPUS','["P3.2"]','psykiatri','Signe Vang','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('1c009a7d-8fb8-50cc-8578-ddc077193c0a','fbdc0e19-b5ee-513a-bd18-cbfc754874f9',1,'Få P4.1 på plads: Deltagerne tilbydes information og vejledning i forhold til, hvordan et arbejde påvirker deres sociale ydelser.','["P4.1"]','kommune','Birgitte Holm','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('d2a28680-a354-5322-9f33-3be7c43fea8c','c512d777-3ad5-5e4a-bad8-c143d2b2f694',0,'Fordel sagerne, så ingen konsulent har over 25 pr. årsværk','["caseload"]','kommune','Lone Kjær','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('84cfeb0e-f63b-5964-937a-9a5ab619f448','8574ce93-07e3-5120-9d19-0af086432af2',0,'Få P1.1 på plads: IPS er en frivillig indsats for alle, der er interesserede i at arbejde eller starte på en uddannelse.','["P1.1"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('7656c693-e9b8-57fd-9f5b-11905bac5c24','8574ce93-07e3-5120-9d19-0af086432af2',1,'Få P1.2 på plads: Borgere må ikke blive udelukket fra IPS på baggrund af symptomgrad, misbrug eller andet. Det gælder også, selvom der er iværksat andre indsatser. Der kan dog være indgået lokale aftaler om at afgrænse IPS-indsatsen til specifikke målgrupper.','["P1.2"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('3da57970-f120-5286-b764-1350f417e10a','8574ce93-07e3-5120-9d19-0af086432af2',2,'Få P2.1 på plads: I IPS er målet ordinære jobs eller uddannelse. Ordinære jobs defineres som jobs, der er tilgængelige for enhver kvalificeret person, og som ikke er særlig oprettet til personer med handicap. Fleksjob og privat løntilskud vil i IPS også betragtes som ordinært arbejde. Uddannelse sidestilles med ordinære jobs.','["P2.1"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('1acbadf7-5368-5e06-8252-b8ba07a2f608','8574ce93-07e3-5120-9d19-0af086432af2',3,'Ingen nye praktikker; jobsøgningen rettes mod ordinære job med støtte','["P2.2"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('a233ad73-033c-5f65-a875-b7bb2d33e5d6','8574ce93-07e3-5120-9d19-0af086432af2',4,'Få P3.1 på plads: Der er indgået en formel aftale om IPS-samarbejde mellem psykiatrien og kommunen.','["P3.1"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','aaben','',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('bae3daf5-a255-5128-8e0b-aa804dbfe768','8574ce93-07e3-5120-9d19-0af086432af2',5,'Få P4.1 på plads: Deltagerne tilbydes information og vejledning i forhold til, hvordan et arbejde påvirker deres sociale ydelser.','["P4.1"]','kommune','Lone Kjær','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('d4763e89-8ad7-559a-bb46-89ce5f25b591','8574ce93-07e3-5120-9d19-0af086432af2',6,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Lone Kjær','2026-03-31','aaben','',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('d1341674-d352-59de-bf49-2dc7640929c0','8574ce93-07e3-5120-9d19-0af086432af2',7,'Få P7.1 på plads: IPS-konsulenten laver individuelle konkrete aftaler omkring støtteindsatsen med hver enkelt deltager.','["P7.1"]','kommune','Birgitte Holm','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('ed5a93aa-4a8f-5c90-8457-8d1da0bafbac','8574ce93-07e3-5120-9d19-0af086432af2',8,'Få P8.1 på plads: IPS-konsulenten understøtter deltagerens selvbestemmelse. Jobsøgningen drives af deltagerens ønsker og præferencer – ikke arbejdsmarkedets behov.','["P8.1"]','kommune','Birgitte Holm','2026-03-31','aaben','',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('3cecf331-498f-5078-957b-92ba3c49f8d1','8574ce93-07e3-5120-9d19-0af086432af2',9,'Få P8.2 på plads: Disclosure: Hvis en deltager ikke ønsker at fortælle en arbejdsgiver om sin sygdom, skal IPS-konsulenten respektere dette ønske og tilrettelægge jobsøgningen derefter.','["P8.2"]','kommune','Lone Kjær','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('b515cdb8-e1ab-5417-98ef-a11c809abe6b','8574ce93-07e3-5120-9d19-0af086432af2',10,'Fordel sagerne, så ingen konsulent har over 25 pr. årsværk','["caseload"]','kommune','Birgitte Holm','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "action_item" VALUES('1b7e6a89-89ff-558b-ba24-f33d7850fd15','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',0,'Få P1.1 på plads: IPS er en frivillig indsats for alle, der er interesserede i at arbejde eller starte på en uddannelse.','["P1.1"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','84cfeb0e-f63b-5964-937a-9a5ab619f448','2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('576d2099-00db-57a7-b2dc-291323c75e28','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',1,'Få P1.2 på plads: Borgere må ikke blive udelukket fra IPS på baggrund af symptomgrad, misbrug eller andet. Det gælder også, selvom der er iværksat andre indsatser. Der kan dog være indgået lokale aftaler om at afgrænse IPS-indsatsen til specifikke målgrupper.','["P1.2"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.','7656c693-e9b8-57fd-9f5b-11905bac5c24','2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('ef67722f-308b-5f4b-a9b2-fcb4fdbc156b','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',2,'Få P3.1 på plads: Der er indgået en formel aftale om IPS-samarbejde mellem psykiatrien og kommunen.','["P3.1"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','a233ad73-033c-5f65-a875-b7bb2d33e5d6','2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('b64343d3-6a14-5ecc-8409-444a6cdf70c7','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',3,'Få P4.1 på plads: Deltagerne tilbydes information og vejledning i forhold til, hvordan et arbejde påvirker deres sociale ydelser.','["P4.1"]','kommune','Lone Kjær','2026-03-31','i_gang','Drøftet på teammødet; de første aftaler er lavet.','bae3daf5-a255-5128-8e0b-aa804dbfe768','2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('45f236b2-5de0-56d2-acdb-0a6cd7b33988','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',4,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','d4763e89-8ad7-559a-bb46-89ce5f25b591','2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('54c23ddc-9c7e-5afb-aa04-a5d337d44d1b','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',5,'Få P8.1 på plads: IPS-konsulenten understøtter deltagerens selvbestemmelse. Jobsøgningen drives af deltagerens ønsker og præferencer – ikke arbejdsmarkedets behov.','["P8.1"]','kommune','Birgitte Holm','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','ed5a93aa-4a8f-5c90-8457-8d1da0bafbac','2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('e77d85ee-7fa0-5a0d-9ca8-a01e64cd0af9','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',6,'Få P8.2 på plads: Disclosure: Hvis en deltager ikke ønsker at fortælle en arbejdsgiver om sin sygdom, skal IPS-konsulenten respektere dette ønske og tilrettelægge jobsøgningen derefter.','["P8.2"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','3cecf331-498f-5078-957b-92ba3c49f8d1','2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('eb3b4537-fea4-5e2c-b515-2b4788641e7f','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',7,'Ingen nye praktikker; jobsøgningen rettes mod ordinære job med støtte','["P2.2"]','kommune','Lone Kjær','2026-06-30','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('def2cf85-c5af-5587-978f-dbd69b67cfbd','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',8,'Psykiatrien giver IPS-konsulenterne fast plads og træffetid i F-ACT og OPUS','["P3.2"]','psykiatri','Henrik Bang','2026-06-30','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('737fbc13-ecd5-5454-a8b6-388f6f23fbca','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',9,'Månedligt møde mellem IPS-konsulent og behandler om fælles deltagere','["P3.3"]','faelles','Lone Kjær og Henrik Bang','2026-06-30','aaben','',NULL,'2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('4af1fbdf-389c-5aa4-9145-96cd0628c84f','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',10,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Birgitte Holm','2026-06-30','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000');
INSERT INTO "action_item" VALUES('6c9ea211-e761-506a-ac27-ebac6f157ce8','c07c4843-6950-558b-9889-04ddf180d6f7',0,'Få P1.2 på plads: Borgere må ikke blive udelukket fra IPS på baggrund af symptomgrad, misbrug eller andet. Det gælder også, selvom der er iværksat andre indsatser. Der kan dog være indgået lokale aftaler om at afgrænse IPS-indsatsen til specifikke målgrupper.','["P1.2"]','faelles','Lone Kjær og Henrik Bang','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','576d2099-00db-57a7-b2dc-291323c75e28','2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('51e0c2d1-b48c-5dfa-9fb0-afb4cca9ba43','c07c4843-6950-558b-9889-04ddf180d6f7',1,'Få P4.1 på plads: Deltagerne tilbydes information og vejledning i forhold til, hvordan et arbejde påvirker deres sociale ydelser.','["P4.1"]','kommune','Lone Kjær','2026-03-31','afsluttet','Gennemført og fulgt op på ledermødet.','b64343d3-6a14-5ecc-8409-444a6cdf70c7','2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('741872e5-f393-5cec-8fb4-5c936f0734e7','c07c4843-6950-558b-9889-04ddf180d6f7',2,'Ingen nye praktikker; jobsøgningen rettes mod ordinære job med støtte','["P2.2"]','kommune','Lone Kjær','2026-06-30','afsluttet','Gennemført og fulgt op på ledermødet.','eb3b4537-fea4-5e2c-b515-2b4788641e7f','2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('50562cf4-e0f3-55dc-8a38-bde156b40794','c07c4843-6950-558b-9889-04ddf180d6f7',3,'Månedligt møde mellem IPS-konsulent og behandler om fælles deltagere','["P3.3"]','faelles','Lone Kjær og Henrik Bang','2026-06-30','i_gang','Drøftet på teammødet; de første aftaler er lavet.','737fbc13-ecd5-5454-a8b6-388f6f23fbca','2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('cb5d7a28-ff23-5700-95c5-ba86f9e3dbd8','c07c4843-6950-558b-9889-04ddf180d6f7',4,'Få P1.1 på plads: IPS er en frivillig indsats for alle, der er interesserede i at arbejde eller starte på en uddannelse.','["P1.1"]','faelles','Lone Kjær og Henrik Bang','2026-10-06','aaben','',NULL,'2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('ea102d9f-892b-5208-b5e4-fbbe005d53e5','c07c4843-6950-558b-9889-04ddf180d6f7',5,'Få P2.1 på plads: I IPS er målet ordinære jobs eller uddannelse. Ordinære jobs defineres som jobs, der er tilgængelige for enhver kvalificeret person, og som ikke er særlig oprettet til personer med handicap. Fleksjob og privat løntilskud vil i IPS også betragtes som ordinært arbejde. Uddannelse sidestilles med ordinære jobs.','["P2.1"]','kommune','Lone Kjær','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('c92ee303-ae3a-5019-9405-6d7f94bd48df','c07c4843-6950-558b-9889-04ddf180d6f7',6,'Psykiatrien giver IPS-konsulenterne fast plads og træffetid i F-ACT og OPUS','["P3.2"]','psykiatri','Henrik Bang','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('2f0c7c0d-c590-5373-ac99-0544faddf4cd','c07c4843-6950-558b-9889-04ddf180d6f7',7,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Birgitte Holm','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('7cd48434-d3d1-5dd9-b4d1-a03f4d6527b1','c07c4843-6950-558b-9889-04ddf180d6f7',8,'Hver konsulent afsætter fast tid hver uge til virksomhedsbesøg','["P6.1"]','kommune','Lone Kjær','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('5645e9ac-36f6-50cc-a01e-0d80ab32d4b1','c07c4843-6950-558b-9889-04ddf180d6f7',9,'Få P8.1 på plads: IPS-konsulenten understøtter deltagerens selvbestemmelse. Jobsøgningen drives af deltagerens ønsker og præferencer – ikke arbejdsmarkedets behov.','["P8.1"]','kommune','Birgitte Holm','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.',NULL,'2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000');
INSERT INTO "action_item" VALUES('fdf6f840-f7eb-5afd-8382-6bd6a23352fa','8b427fe3-aedf-5c1c-add6-e14b7fa1471e',0,'Månedligt møde mellem IPS-konsulent og behandler om fælles deltagere','["P3.3"]','faelles','Lone Kjær og Henrik Bang','2026-06-30','i_gang','Drøftet på teammødet; de første aftaler er lavet.','50562cf4-e0f3-55dc-8a38-bde156b40794','2026-12-04 04:11:00.866926','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('6c60b360-5223-5229-bdc5-cdce6fa986fd','8b427fe3-aedf-5c1c-add6-e14b7fa1471e',1,'Få P1.1 på plads: IPS er en frivillig indsats for alle, der er interesserede i at arbejde eller starte på en uddannelse.','["P1.1"]','faelles','Lone Kjær og Henrik Bang','2026-10-06','afsluttet','Gennemført og fulgt op på ledermødet.','cb5d7a28-ff23-5700-95c5-ba86f9e3dbd8','2026-12-04 04:11:00.866926','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('90d01dd9-8795-5ecf-ac9c-161cd7aab856','8b427fe3-aedf-5c1c-add6-e14b7fa1471e',2,'Første arbejdsgiverkontakt inden for 30 dage; følges op på teammødet hver uge','["P5.1"]','kommune','Birgitte Holm','2026-12-22','aaben','',NULL,'2026-12-04 04:11:00.866926','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('4c8c7b41-0773-5591-b136-ce6301a0e888','8b427fe3-aedf-5c1c-add6-e14b7fa1471e',3,'Få P7.1 på plads: IPS-konsulenten laver individuelle konkrete aftaler omkring støtteindsatsen med hver enkelt deltager.','["P7.1"]','kommune','Lone Kjær','2026-12-22','aaben','',NULL,'2026-12-04 04:11:00.866926','2026-11-10 15:00:00.000000');
INSERT INTO "action_item" VALUES('47cc078f-185c-507f-a1e3-35330d115f36','8b427fe3-aedf-5c1c-add6-e14b7fa1471e',4,'Få P7.2 på plads: IPS-konsulenten har personlig kontakt med deltagerne efter job- eller uddannelsesstart, også selv om de er blevet selvforsørgende. Støtten er fleksibel og vil derfor variere i omfang.','["P7.2"]','kommune','Birgitte Holm','2026-12-22','i_gang','Drøftet på teammødet; de første aftaler er lavet.',NULL,'2026-12-04 04:11:00.866926','2026-11-10 15:00:00.000000');
CREATE TABLE agreement (
	id VARCHAR(36) NOT NULL, 
	team_id VARCHAR(36) NOT NULL, 
	start_date DATE NOT NULL, 
	municipality VARCHAR(200) NOT NULL, 
	psychiatry VARCHAR(200) NOT NULL, 
	clinics TEXT NOT NULL, 
	target_age VARCHAR(200) NOT NULL, 
	target_clinics TEXT NOT NULL, 
	target_motivation TEXT NOT NULL, 
	target_benefits TEXT NOT NULL, 
	target_other TEXT NOT NULL, 
	startup TEXT NOT NULL, 
	target_participants INTEGER, 
	target_referrals INTEGER, 
	target_in_job INTEGER, 
	follow_up_cadence TEXT NOT NULL, 
	referral TEXT NOT NULL, 
	presence_place TEXT NOT NULL, 
	presence_times TEXT NOT NULL, 
	presence_conferences TEXT NOT NULL, 
	leadership TEXT NOT NULL, 
	duration TEXT NOT NULL, 
	signatories JSON NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_agreement PRIMARY KEY (id), 
	CONSTRAINT ck_agreement_targets_nonnegative CHECK ((target_participants IS NULL OR target_participants >= 0) AND (target_referrals IS NULL OR target_referrals >= 0) AND (target_in_job IS NULL OR target_in_job >= 0)), 
	CONSTRAINT fk_agreement_team_id_team FOREIGN KEY(team_id) REFERENCES team (id) ON DELETE CASCADE, 
	CONSTRAINT uq_agreement_team_id_start_date UNIQUE (team_id, start_date)
);
INSERT INTO "agreement" VALUES('ce1b037b-691f-5d94-8a64-09faf770f00f','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','2025-03-01','Albertslund Kommune','Psykiatrisk Center Glostrup','F-ACT Nordstjernevej, OPUS H.J. Holstvej','18-64 år','F-ACT Nordstjernevej, OPUS H.J. Holstvej','Ønsker ordinært job eller uddannelse','Kontanthjælp, uddannelseshjælp, ressourceforløb eller sygedagpenge','','Fælles opstartsmøde med konsulenter og behandlere; status efter 3 og 6 måneder',30,25,15,'Måltallene gøres op hvert kvartal og drøftes på ledermødet','Behandleren henviser med borgerens samtykke; jobcentret visiterer på 14 dage','Fast kontorplads i F-ACT Nordstjernevej','Tirsdag og torsdag kl. 9-12','Deltager i visitationskonferencen hver anden uge','IPS-ledermøde mellem jobcenter og psykiatri mindst to gange om året','Løbende; evalueres årligt på ledermødet','[{"name": "Karen Dahl", "role": "Jobcenterchef", "party": "kommune", "signed_on": "2025-02-15"}, {"name": "Poul Krogh", "role": "Centerchef", "party": "psykiatri", "signed_on": "2025-02-15"}]','2026-12-04 04:11:00.866926','2025-02-15 09:00:00.000000');
INSERT INTO "agreement" VALUES('4de27b5e-2946-5c80-b8df-d646c1f8a9b7','ea685656-96f2-593e-bce9-0b0a6cbb5390','2024-09-01','Frederiksberg Kommune','Psykiatrisk Center Frederiksberg','F-ACT Nimbusparken, OPUS Læsøpark Allé','18-64 år','F-ACT Nimbusparken, OPUS Læsøpark Allé','Ønsker ordinært job eller uddannelse','Kontanthjælp, uddannelseshjælp, ressourceforløb eller sygedagpenge','','Fælles opstartsmøde med konsulenter og behandlere; status efter 3 og 6 måneder',30,25,15,'Måltallene gøres op hvert kvartal og drøftes på ledermødet','Behandleren henviser med borgerens samtykke; jobcentret visiterer på 14 dage','Fast kontorplads i F-ACT Nimbusparken','Tirsdag og torsdag kl. 9-12','Deltager i visitationskonferencen hver anden uge','IPS-ledermøde mellem jobcenter og psykiatri mindst to gange om året','Løbende; evalueres årligt på ledermødet','[{"name": "Karen Dahl", "role": "Jobcenterchef", "party": "kommune", "signed_on": "2024-08-18"}, {"name": "Poul Krogh", "role": "Centerchef", "party": "psykiatri", "signed_on": "2024-08-18"}]','2026-12-04 04:11:00.866926','2024-08-18 09:00:00.000000');
INSERT INTO "agreement" VALUES('e5e939b4-4484-5ab5-a21e-3fd1633c5b17','ea685656-96f2-593e-bce9-0b0a6cbb5390','2026-06-01','Frederiksberg Kommune','Psykiatrisk Center Frederiksberg','F-ACT Nimbusparken, OPUS Læsøpark Allé','18-64 år','F-ACT Nimbusparken, OPUS Læsøpark Allé','Ønsker ordinært job eller uddannelse','Kontanthjælp, uddannelseshjælp, ressourceforløb eller sygedagpenge','','Fælles opstartsmøde med konsulenter og behandlere; status efter 3 og 6 måneder',40,30,20,'Måltallene gøres op hvert kvartal og drøftes på ledermødet','Behandleren henviser med borgerens samtykke; jobcentret visiterer på 14 dage','Fast kontorplads i F-ACT Nimbusparken','Tirsdag og torsdag kl. 9-12','Deltager i visitationskonferencen hver anden uge','IPS-ledermøde mellem jobcenter og psykiatri mindst to gange om året','Løbende; evalueres årligt på ledermødet','[{"name": "Karen Dahl", "role": "Jobcenterchef", "party": "kommune", "signed_on": "2026-05-18"}, {"name": "Poul Krogh", "role": "Centerchef", "party": "psykiatri", "signed_on": "2026-05-18"}]','2026-12-04 04:11:00.866926','2026-05-18 09:00:00.000000');
INSERT INTO "agreement" VALUES('07825b07-51eb-5a04-8c77-bce9570fb6b9','c00e4c90-92bb-544e-958f-bbb480731b1f','2024-01-15','Hillerød Kommune','Psykiatrisk Center Nordsjælland','F-ACT, OPUS, KAG og psykoterapeutisk ambulatorium, Dyrehavevej','18-64 år','F-ACT, OPUS, KAG og psykoterapeutisk ambulatorium, Dyrehavevej','Ønsker ordinært job eller uddannelse','Kontanthjælp, uddannelseshjælp, ressourceforløb eller sygedagpenge','','Fælles opstartsmøde med konsulenter og behandlere; status efter 3 og 6 måneder',30,25,15,'Måltallene gøres op hvert kvartal og drøftes på ledermødet','Behandleren henviser med borgerens samtykke; jobcentret visiterer på 14 dage','Fast kontorplads i F-ACT','Tirsdag og torsdag kl. 9-12','Deltager i visitationskonferencen hver anden uge','IPS-ledermøde mellem jobcenter og psykiatri mindst to gange om året','Løbende; evalueres årligt på ledermødet','[{"name": "Karen Dahl", "role": "Jobcenterchef", "party": "kommune", "signed_on": "2024-01-01"}, {"name": "Poul Krogh", "role": "Centerchef", "party": "psykiatri", "signed_on": "2024-01-01"}]','2026-12-04 04:11:00.866926','2024-01-01 09:00:00.000000');
INSERT INTO "agreement" VALUES('9ac88850-c37b-5021-bca4-2efa8e8afe64','9c58ee23-7594-5ac4-9b99-e3256c80906e','2026-06-01','Tårnby Kommune','Psykiatrisk Center Amager','F-ACT og OPUS, Hans Bogbinders Allé','18-64 år','F-ACT og OPUS, Hans Bogbinders Allé','Ønsker ordinært job eller uddannelse','Kontanthjælp, uddannelseshjælp, ressourceforløb eller sygedagpenge','','Fælles opstartsmøde med konsulenter og behandlere; status efter 3 og 6 måneder',30,25,15,'Måltallene gøres op hvert kvartal og drøftes på ledermødet','Behandleren henviser med borgerens samtykke; jobcentret visiterer på 14 dage','Fast kontorplads i F-ACT','Tirsdag og torsdag kl. 9-12','Deltager i visitationskonferencen hver anden uge','IPS-ledermøde mellem jobcenter og psykiatri mindst to gange om året','Løbende; evalueres årligt på ledermødet','[{"name": "Karen Dahl", "role": "Jobcenterchef", "party": "kommune", "signed_on": "2026-05-18"}, {"name": "Poul Krogh", "role": "Centerchef", "party": "psykiatri", "signed_on": "2026-05-18"}]','2026-12-04 04:11:00.866926','2026-05-18 09:00:00.000000');
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0003');
CREATE TABLE assessment (
	id VARCHAR(36) NOT NULL, 
	team_id VARCHAR(36) NOT NULL, 
	date DATE NOT NULL, 
	period VARCHAR(16) NOT NULL, 
	instrument_id VARCHAR(32) NOT NULL, 
	instrument_version VARCHAR(32) NOT NULL, 
	reviewers JSON NOT NULL, 
	last_element VARCHAR(32), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, kind VARCHAR(16) DEFAULT 'independent' NOT NULL, state VARCHAR(16) DEFAULT 'draft' NOT NULL, caseload_unavailable TEXT, finished_at DATETIME, 
	CONSTRAINT pk_assessment PRIMARY KEY (id), 
	CONSTRAINT fk_assessment_team_id_team FOREIGN KEY(team_id) REFERENCES team (id) ON DELETE CASCADE
);
INSERT INTO "assessment" VALUES('c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','2026-02-17','2026-Q1','dk-minimum','1','["Jens \u00d8stergaard", "Mette S\u00f8rensen"]',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000','independent','draft',NULL,NULL);
INSERT INTO "assessment" VALUES('ec438b0c-0647-559f-9d36-ff39a127ba64','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','2026-05-19','2026-Q2','dk-minimum','1','["Jens \u00d8stergaard", "S\u00f8ren \u00c6r\u00f8"]',NULL,'2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000','independent','draft',NULL,NULL);
INSERT INTO "assessment" VALUES('86b7280e-71db-5570-837e-0bc9345f51d1','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','2026-08-25','2026-Q3','dk-minimum','1','["Mette S\u00f8rensen", "S\u00f8ren \u00c6r\u00f8"]',NULL,'2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000','independent','draft',NULL,NULL);
INSERT INTO "assessment" VALUES('255f784d-1663-5b64-94df-c63d8dbdda24','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','2026-11-10','2026-Q4','dk-minimum','1','["Jens \u00d8stergaard", "Mette S\u00f8rensen"]',NULL,'2026-12-04 04:11:00.866926','2026-11-10 15:00:00.000000','independent','draft',NULL,NULL);
INSERT INTO "assessment" VALUES('7a0e7fc9-d893-5ef3-b898-1c6faaf21862','ea685656-96f2-593e-bce9-0b0a6cbb5390','2026-02-17','2026-Q1','dk-minimum','1','["Mette S\u00f8rensen", "Jens \u00d8stergaard"]',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000','independent','draft',NULL,NULL);
INSERT INTO "assessment" VALUES('3368faf5-1357-524b-97f1-d330d1a03474','ea685656-96f2-593e-bce9-0b0a6cbb5390','2026-05-19','2026-Q2','dk-minimum','1','["Aase B\u00f8gh", "S\u00f8ren \u00c6r\u00f8"]',NULL,'2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000','independent','draft',NULL,NULL);
INSERT INTO "assessment" VALUES('cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','ea685656-96f2-593e-bce9-0b0a6cbb5390','2026-08-25','2026-Q3','dk-minimum','1','["Jens \u00d8stergaard", "S\u00f8ren \u00c6r\u00f8"]',NULL,'2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000','independent','draft',NULL,NULL);
INSERT INTO "assessment" VALUES('10b3c1bd-0c8a-5990-b513-ab96fdfb9672','ea685656-96f2-593e-bce9-0b0a6cbb5390','2026-11-10','2026-Q4','dk-minimum','1','["Jens \u00d8stergaard", "Mette S\u00f8rensen"]',NULL,'2026-12-04 04:11:00.866926','2026-11-10 15:00:00.000000','independent','draft',NULL,NULL);
INSERT INTO "assessment" VALUES('fbdc0e19-b5ee-513a-bd18-cbfc754874f9','c00e4c90-92bb-544e-958f-bbb480731b1f','2026-02-17','2026-Q1','dk-minimum','1','["S\u00f8ren \u00c6r\u00f8", "Mette S\u00f8rensen"]',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000','independent','draft',NULL,NULL);
INSERT INTO "assessment" VALUES('109637b3-3f9f-5c7a-92bb-8644adddd03f','c00e4c90-92bb-544e-958f-bbb480731b1f','2026-05-19','2026-Q2','dk-minimum','1','["S\u00f8ren \u00c6r\u00f8", "Jens \u00d8stergaard"]',NULL,'2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000','independent','draft',NULL,NULL);
INSERT INTO "assessment" VALUES('c512d777-3ad5-5e4a-bad8-c143d2b2f694','c00e4c90-92bb-544e-958f-bbb480731b1f','2026-08-25','2026-Q3','dk-minimum','1','["Jens \u00d8stergaard", "Mette S\u00f8rensen"]',NULL,'2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000','independent','draft',NULL,NULL);
INSERT INTO "assessment" VALUES('3887911c-b9ba-567d-9584-390eb7984d00','c00e4c90-92bb-544e-958f-bbb480731b1f','2026-11-10','2026-Q4','dk-minimum','1','["S\u00f8ren \u00c6r\u00f8", "Aase B\u00f8gh"]',NULL,'2026-12-04 04:11:00.866926','2026-11-10 15:00:00.000000','independent','draft',NULL,NULL);
INSERT INTO "assessment" VALUES('8574ce93-07e3-5120-9d19-0af086432af2','9c58ee23-7594-5ac4-9b99-e3256c80906e','2026-02-17','2026-Q1','dk-minimum','1','["Jens \u00d8stergaard", "S\u00f8ren \u00c6r\u00f8"]',NULL,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000','independent','draft',NULL,NULL);
INSERT INTO "assessment" VALUES('0d6b679d-a1c6-5765-8748-3ae8c39c6b60','9c58ee23-7594-5ac4-9b99-e3256c80906e','2026-05-19','2026-Q2','dk-minimum','1','["Aase B\u00f8gh", "Mette S\u00f8rensen"]',NULL,'2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000','independent','draft',NULL,NULL);
INSERT INTO "assessment" VALUES('c07c4843-6950-558b-9889-04ddf180d6f7','9c58ee23-7594-5ac4-9b99-e3256c80906e','2026-08-25','2026-Q3','dk-minimum','1','["Aase B\u00f8gh", "S\u00f8ren \u00c6r\u00f8"]',NULL,'2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000','independent','draft',NULL,NULL);
INSERT INTO "assessment" VALUES('8b427fe3-aedf-5c1c-add6-e14b7fa1471e','9c58ee23-7594-5ac4-9b99-e3256c80906e','2026-11-10','2026-Q4','dk-minimum','1','["S\u00f8ren \u00c6r\u00f8", "Mette S\u00f8rensen"]',NULL,'2026-12-04 04:11:00.866926','2026-11-10 15:00:00.000000','independent','draft',NULL,NULL);
INSERT INTO "assessment" VALUES('41eccc19-dc32-429f-9ce3-61547d728244','7e96ebdc-b63d-49e0-aba8-4d00933813bb','2026-01-05','2026-Q1','dk-minimum','1','["\u00c5se", "\u674e"]',NULL,'2026-12-04 04:11:00.928674','2026-12-04 04:11:00.975848','independent','draft',NULL,NULL);
CREATE TABLE caseload_entry (
	id VARCHAR(36) NOT NULL, 
	assessment_id VARCHAR(36) NOT NULL, 
	consultant_id VARCHAR(36) NOT NULL, 
	position INTEGER NOT NULL, 
	fte FLOAT NOT NULL, 
	ips_cases INTEGER NOT NULL, 
	other_cases INTEGER NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_caseload_entry PRIMARY KEY (id), 
	CONSTRAINT ck_caseload_entry_fte_range CHECK (fte > 0 AND fte <= 1), 
	CONSTRAINT ck_caseload_entry_cases_nonnegative CHECK (ips_cases >= 0 AND other_cases >= 0), 
	CONSTRAINT fk_caseload_entry_assessment_id_assessment FOREIGN KEY(assessment_id) REFERENCES assessment (id) ON DELETE CASCADE, 
	CONSTRAINT fk_caseload_entry_consultant_id_consultant FOREIGN KEY(consultant_id) REFERENCES consultant (id) ON DELETE CASCADE
);
INSERT INTO "caseload_entry" VALUES('047a0e58-65cd-4d58-b200-6a89595da459','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','eeac06f0-f741-4084-a8e1-93603b9e2d27',0,0.8,18,0,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('77e68ddf-8e85-4440-b898-3310f4529841','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','2e3f2fc1-617f-492a-a048-6f2ea790dee4',1,0.5,8,0,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('3f2558ba-1c49-4583-9183-e4663443d564','ec438b0c-0647-559f-9d36-ff39a127ba64','eeac06f0-f741-4084-a8e1-93603b9e2d27',0,1.0,16,0,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('a5c88470-1589-4d19-81c0-663c7dd80203','ec438b0c-0647-559f-9d36-ff39a127ba64','2e3f2fc1-617f-492a-a048-6f2ea790dee4',1,1.0,16,4,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('9732cb1e-9bfe-41d3-9d59-a96951f53631','86b7280e-71db-5570-837e-0bc9345f51d1','eeac06f0-f741-4084-a8e1-93603b9e2d27',0,0.8,9,0,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('7f12d0b0-c50d-4c18-be66-32c37a1d9499','86b7280e-71db-5570-837e-0bc9345f51d1','2e3f2fc1-617f-492a-a048-6f2ea790dee4',1,0.8,7,0,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('cfa8696a-b2e5-4a7b-b8b0-8cebb98b2bcc','255f784d-1663-5b64-94df-c63d8dbdda24','eeac06f0-f741-4084-a8e1-93603b9e2d27',0,1.0,14,10,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('a527ef27-002f-4e18-aeab-4ef1a2d457bc','255f784d-1663-5b64-94df-c63d8dbdda24','2e3f2fc1-617f-492a-a048-6f2ea790dee4',1,0.5,8,0,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('8f409676-cb38-4317-984c-312aeef80c4a','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','ed517e78-e20c-4668-aefd-45707475ca2f',0,1.0,12,0,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('f45d2a21-849f-4154-8b60-5f246c91308d','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','070e7369-9d4c-405c-9abe-c31c881a6b85',1,0.5,7,0,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('4100f12d-daf6-4df6-8952-e1a50b299ab6','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','3b533b08-d776-4f64-8531-669e98bf0cea',2,1.0,10,0,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('1f719362-2069-4f14-ad9a-82d2bfc57f93','3368faf5-1357-524b-97f1-d330d1a03474','ed517e78-e20c-4668-aefd-45707475ca2f',0,1.0,9,0,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('7e9923c9-b5ae-4155-b8f5-469cc1668515','3368faf5-1357-524b-97f1-d330d1a03474','070e7369-9d4c-405c-9abe-c31c881a6b85',1,1.0,9,0,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('2fa923c0-9bc1-46f9-bc6b-25df3f6a2b4f','3368faf5-1357-524b-97f1-d330d1a03474','3b533b08-d776-4f64-8531-669e98bf0cea',2,0.8,12,0,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('30d6a58e-ac6d-48b2-9e94-e8889feb0ad8','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','ed517e78-e20c-4668-aefd-45707475ca2f',0,1.0,14,0,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('ad618d3c-9ce4-4af7-b1b1-3f5a72d340ab','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','070e7369-9d4c-405c-9abe-c31c881a6b85',1,0.5,5,4,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('0e81fd31-f8d4-41d0-b854-7cc406aefb0f','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','3b533b08-d776-4f64-8531-669e98bf0cea',2,1.0,18,10,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('28dbcf50-0488-4b94-9459-ec39780a2d9d','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','ed517e78-e20c-4668-aefd-45707475ca2f',0,1.0,11,0,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('b3a36cc2-5321-42e4-839c-6f3179dff87a','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','070e7369-9d4c-405c-9abe-c31c881a6b85',1,1.0,13,10,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('7ada7e41-c67b-4781-92a4-b66794888f35','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','3b533b08-d776-4f64-8531-669e98bf0cea',2,1.0,12,10,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('f3e04429-7c5b-40ba-b9fc-ae16a1d966d1','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','cbdda217-b299-40b5-b6b2-1147931ad229',0,0.8,9,0,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('77092018-d783-446a-a8de-f57eb116a5f7','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','93fc7ce5-0e70-4189-959d-8c1c5026d399',1,1.0,13,0,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('7d1734c8-6eb9-4301-ad30-1a916ca3dc65','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','13740741-5821-4eb7-a623-428ff78aad30',2,0.8,6,4,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('dbe89fbe-ff4f-4b88-bf0e-94ba70296466','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','60ff39c8-e9b6-44bb-ac51-5077f5d21ca4',3,1.0,18,10,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('3188027b-c9a5-44d7-86b5-6481f76ee736','109637b3-3f9f-5c7a-92bb-8644adddd03f','cbdda217-b299-40b5-b6b2-1147931ad229',0,1.0,15,0,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('bcd0d905-9638-4b4e-aa38-32e2ddbd10e9','109637b3-3f9f-5c7a-92bb-8644adddd03f','93fc7ce5-0e70-4189-959d-8c1c5026d399',1,1.0,15,0,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('ee806b4e-fe16-4e6b-8ced-40a3a126ec7a','109637b3-3f9f-5c7a-92bb-8644adddd03f','13740741-5821-4eb7-a623-428ff78aad30',2,1.0,8,4,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('39664d1e-c934-4226-8a5f-647facdfe1b9','109637b3-3f9f-5c7a-92bb-8644adddd03f','60ff39c8-e9b6-44bb-ac51-5077f5d21ca4',3,0.8,7,0,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('5b93bfb2-f4d4-415d-943f-bd30a0624293','c512d777-3ad5-5e4a-bad8-c143d2b2f694','cbdda217-b299-40b5-b6b2-1147931ad229',0,0.5,4,4,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('93e584ef-77ba-41e5-8d78-54d282151259','c512d777-3ad5-5e4a-bad8-c143d2b2f694','93fc7ce5-0e70-4189-959d-8c1c5026d399',1,1.0,17,0,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('766dd78f-5f1a-4650-8d72-ff87f2a053e6','c512d777-3ad5-5e4a-bad8-c143d2b2f694','13740741-5821-4eb7-a623-428ff78aad30',2,0.8,11,0,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('57272868-c545-4f06-a4bf-48c28b064fb5','c512d777-3ad5-5e4a-bad8-c143d2b2f694','60ff39c8-e9b6-44bb-ac51-5077f5d21ca4',3,0.5,8,10,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('17b632c8-f9ac-479f-8695-6e937df85381','3887911c-b9ba-567d-9584-390eb7984d00','cbdda217-b299-40b5-b6b2-1147931ad229',0,1.0,11,10,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('b0276433-474e-45b6-ac17-f9295bac801a','3887911c-b9ba-567d-9584-390eb7984d00','93fc7ce5-0e70-4189-959d-8c1c5026d399',1,0.5,6,10,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('925ecc28-0369-41a6-bd33-a5f4c8372b98','3887911c-b9ba-567d-9584-390eb7984d00','13740741-5821-4eb7-a623-428ff78aad30',2,0.8,9,10,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('b9b6ac06-df4d-4bca-8537-dfd490b9cb0d','3887911c-b9ba-567d-9584-390eb7984d00','60ff39c8-e9b6-44bb-ac51-5077f5d21ca4',3,1.0,17,4,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('717136dc-2ecd-4f9d-b285-94930be375ce','8574ce93-07e3-5120-9d19-0af086432af2','221a5268-1fd1-45e4-90e7-e3646bdfc91d',0,1.0,20,10,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('0dd82797-2de8-4133-b8b2-1d6a7494f144','8574ce93-07e3-5120-9d19-0af086432af2','707fa7b5-e482-455e-857a-23a209ba3ae5',1,0.5,12,10,'2026-02-17 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('8e7938d5-e763-4076-aaa5-24f91237e9d8','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','221a5268-1fd1-45e4-90e7-e3646bdfc91d',0,0.5,7,10,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('d8d5c139-4222-482f-b456-b9edbdd25143','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','707fa7b5-e482-455e-857a-23a209ba3ae5',1,0.5,11,0,'2026-05-19 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('b003e362-56a5-40a8-aaf6-ecd2295aecfe','c07c4843-6950-558b-9889-04ddf180d6f7','221a5268-1fd1-45e4-90e7-e3646bdfc91d',0,1.0,22,0,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('56158d23-91ec-46f9-b1ca-40fdd4102dca','c07c4843-6950-558b-9889-04ddf180d6f7','707fa7b5-e482-455e-857a-23a209ba3ae5',1,1.0,20,0,'2026-08-25 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('5bce4194-fad2-4320-a13b-d686e7009288','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','221a5268-1fd1-45e4-90e7-e3646bdfc91d',0,1.0,15,10,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('01715989-7d26-452b-9fe1-9cad34f5ba3c','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','707fa7b5-e482-455e-857a-23a209ba3ae5',1,1.0,16,0,'2026-11-10 15:00:00.000000');
INSERT INTO "caseload_entry" VALUES('badc264f-6715-4502-a5d1-3b7610fbd5f0','41eccc19-dc32-429f-9ce3-61547d728244','efcf5d61-ad55-4eb3-83d5-bad65a6234f2',0,0.5,9,1,'2026-12-04 04:11:00.975848');
CREATE TABLE consultant (
	id VARCHAR(36) NOT NULL, 
	team_id VARCHAR(36) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_consultant PRIMARY KEY (id), 
	CONSTRAINT fk_consultant_team_id_team FOREIGN KEY(team_id) REFERENCES team (id) ON DELETE CASCADE, 
	CONSTRAINT uq_consultant_team_id_name UNIQUE (team_id, name)
);
INSERT INTO "consultant" VALUES('eeac06f0-f741-4084-a8e1-93603b9e2d27','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','Birgitte Holm','2026-12-04 04:11:00.866926','2026-12-04 04:11:00.866926');
INSERT INTO "consultant" VALUES('2e3f2fc1-617f-492a-a048-6f2ea790dee4','3b02cd61-1b91-5865-9a7b-9e55ed9f2313','Kasper Løvgren','2026-12-04 04:11:00.866926','2026-12-04 04:11:00.866926');
INSERT INTO "consultant" VALUES('221a5268-1fd1-45e4-90e7-e3646bdfc91d','9c58ee23-7594-5ac4-9b99-e3256c80906e','Birgitte Holm','2026-12-04 04:11:00.866926','2026-12-04 04:11:00.866926');
INSERT INTO "consultant" VALUES('707fa7b5-e482-455e-857a-23a209ba3ae5','9c58ee23-7594-5ac4-9b99-e3256c80906e','Kasper Løvgren','2026-12-04 04:11:00.866926','2026-12-04 04:11:00.866926');
INSERT INTO "consultant" VALUES('cbdda217-b299-40b5-b6b2-1147931ad229','c00e4c90-92bb-544e-958f-bbb480731b1f','Birgitte Holm','2026-12-04 04:11:00.866926','2026-12-04 04:11:00.866926');
INSERT INTO "consultant" VALUES('93fc7ce5-0e70-4189-959d-8c1c5026d399','c00e4c90-92bb-544e-958f-bbb480731b1f','Kasper Løvgren','2026-12-04 04:11:00.866926','2026-12-04 04:11:00.866926');
INSERT INTO "consultant" VALUES('13740741-5821-4eb7-a623-428ff78aad30','c00e4c90-92bb-544e-958f-bbb480731b1f','Nanna Friis','2026-12-04 04:11:00.866926','2026-12-04 04:11:00.866926');
INSERT INTO "consultant" VALUES('60ff39c8-e9b6-44bb-ac51-5077f5d21ca4','c00e4c90-92bb-544e-958f-bbb480731b1f','Ørjan Dahl','2026-12-04 04:11:00.866926','2026-12-04 04:11:00.866926');
INSERT INTO "consultant" VALUES('ed517e78-e20c-4668-aefd-45707475ca2f','ea685656-96f2-593e-bce9-0b0a6cbb5390','Birgitte Holm','2026-12-04 04:11:00.866926','2026-12-04 04:11:00.866926');
INSERT INTO "consultant" VALUES('070e7369-9d4c-405c-9abe-c31c881a6b85','ea685656-96f2-593e-bce9-0b0a6cbb5390','Kasper Løvgren','2026-12-04 04:11:00.866926','2026-12-04 04:11:00.866926');
INSERT INTO "consultant" VALUES('3b533b08-d776-4f64-8531-669e98bf0cea','ea685656-96f2-593e-bce9-0b0a6cbb5390','Nanna Friis','2026-12-04 04:11:00.866926','2026-12-04 04:11:00.866926');
INSERT INTO "consultant" VALUES('efcf5d61-ad55-4eb3-83d5-bad65a6234f2','7e96ebdc-b63d-49e0-aba8-4d00933813bb','Bo Ærø','2026-12-04 04:11:00.983369','2026-12-04 04:11:00.983377');
CREATE TABLE history (
	id VARCHAR(36) NOT NULL, 
	at DATETIME NOT NULL, 
	team_id VARCHAR(36), 
	assessment_id VARCHAR(36), 
	entity VARCHAR(32) NOT NULL, 
	entity_id VARCHAR(36) NOT NULL, 
	element_id VARCHAR(32) NOT NULL, 
	subject VARCHAR(200) NOT NULL, 
	field VARCHAR(64) NOT NULL, 
	old_value TEXT, 
	new_value TEXT, 
	reviewer VARCHAR(200) NOT NULL, 
	os_user VARCHAR(200) NOT NULL, 
	db_user VARCHAR(200), 
	CONSTRAINT pk_history PRIMARY KEY (id)
);
INSERT INTO "history" VALUES('037041f4-4ddd-459e-b028-62ae42e826cf','2026-12-04 04:11:00.905623','7e96ebdc-b63d-49e0-aba8-4d00933813bb',NULL,'team','7e96ebdc-b63d-49e0-aba8-4d00933813bb','','','name',NULL,'"IPS \"Ø\" ''test''"','','root',NULL);
INSERT INTO "history" VALUES('c5d46e53-23b0-402f-a632-0ebd2f10dad4','2026-12-04 04:11:00.905623','7e96ebdc-b63d-49e0-aba8-4d00933813bb',NULL,'team','7e96ebdc-b63d-49e0-aba8-4d00933813bb','','','municipality',NULL,'"Aabenraa"','','root',NULL);
INSERT INTO "history" VALUES('954e03db-b61a-4073-8229-4293e768bf8f','2026-12-04 04:11:00.905623','7e96ebdc-b63d-49e0-aba8-4d00933813bb',NULL,'team','7e96ebdc-b63d-49e0-aba8-4d00933813bb','','','psychiatry',NULL,'"Psykiatrien Syd"','','root',NULL);
INSERT INTO "history" VALUES('f17037fa-a180-4e4e-867e-dfec4b1bdc4e','2026-12-04 04:11:00.905623','7e96ebdc-b63d-49e0-aba8-4d00933813bb',NULL,'team','7e96ebdc-b63d-49e0-aba8-4d00933813bb','','','clinics',NULL,'"a\nb"','','root',NULL);
INSERT INTO "history" VALUES('912e9b90-a244-48b5-b89c-e21e7aed0ee9','2026-12-04 04:11:00.926054','7e96ebdc-b63d-49e0-aba8-4d00933813bb','41eccc19-dc32-429f-9ce3-61547d728244','assessment','41eccc19-dc32-429f-9ce3-61547d728244','','','date',NULL,'"2026-01-05"','','root',NULL);
INSERT INTO "history" VALUES('c1ba01c6-1023-4461-b72b-043f9688aa2a','2026-12-04 04:11:00.926054','7e96ebdc-b63d-49e0-aba8-4d00933813bb','41eccc19-dc32-429f-9ce3-61547d728244','assessment','41eccc19-dc32-429f-9ce3-61547d728244','','','period',NULL,'"2026-Q1"','','root',NULL);
INSERT INTO "history" VALUES('59c4105e-4f88-49ff-8502-f90f4737b50b','2026-12-04 04:11:00.926054','7e96ebdc-b63d-49e0-aba8-4d00933813bb','41eccc19-dc32-429f-9ce3-61547d728244','assessment','41eccc19-dc32-429f-9ce3-61547d728244','','','reviewers',NULL,'["Åse", "李"]','','root',NULL);
INSERT INTO "history" VALUES('02aef4de-5d19-407d-b46a-9609864dc07e','2026-12-04 04:11:00.926054','7e96ebdc-b63d-49e0-aba8-4d00933813bb','41eccc19-dc32-429f-9ce3-61547d728244','assessment','41eccc19-dc32-429f-9ce3-61547d728244','','','kind',NULL,'"independent"','','root',NULL);
INSERT INTO "history" VALUES('2a73533c-46a9-49f1-8823-08231feafda9','2026-12-04 04:11:00.926054','7e96ebdc-b63d-49e0-aba8-4d00933813bb','41eccc19-dc32-429f-9ce3-61547d728244','assessment','41eccc19-dc32-429f-9ce3-61547d728244','','','state',NULL,NULL,'','root',NULL);
INSERT INTO "history" VALUES('a25cf505-2f13-4f3a-ad6f-9e3fa2ba1c41','2026-12-04 04:11:00.926054','7e96ebdc-b63d-49e0-aba8-4d00933813bb','41eccc19-dc32-429f-9ce3-61547d728244','assessment','41eccc19-dc32-429f-9ce3-61547d728244','','','caseload_unavailable',NULL,NULL,'','root',NULL);
INSERT INTO "history" VALUES('35cca1b7-18d4-473a-a937-97a1cc4c052e','2026-12-04 04:11:00.945634','7e96ebdc-b63d-49e0-aba8-4d00933813bb','41eccc19-dc32-429f-9ce3-61547d728244','rating','','P1.1','','rating',NULL,'"met"','','root',NULL);
INSERT INTO "history" VALUES('15afc407-55f9-4ffc-8690-ba852a7d0cf9','2026-12-04 04:11:00.945634','7e96ebdc-b63d-49e0-aba8-4d00933813bb','41eccc19-dc32-429f-9ce3-61547d728244','rating','','P1.1','','note',NULL,'"linje 1\nlinje 2 \"citat\""','','root',NULL);
INSERT INTO "history" VALUES('7a41dd6a-a593-4148-a793-226af1a82aef','2026-12-04 04:11:00.984229','7e96ebdc-b63d-49e0-aba8-4d00933813bb','41eccc19-dc32-429f-9ce3-61547d728244','caseload','41eccc19-dc32-429f-9ce3-61547d728244','','','entries','[]','[{"consultant": "Bo Ærø", "fte": 0.5, "ips_cases": 9, "other_cases": 1}]','','root',NULL);
CREATE TABLE outcome (
	id VARCHAR(36) NOT NULL, 
	assessment_id VARCHAR(36) NOT NULL, 
	participants INTEGER NOT NULL, 
	in_job_or_education INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_outcome PRIMARY KEY (id), 
	CONSTRAINT ck_outcome_counts_valid CHECK (participants >= 0 AND in_job_or_education >= 0 AND in_job_or_education <= participants), 
	CONSTRAINT fk_outcome_assessment_id_assessment FOREIGN KEY(assessment_id) REFERENCES assessment (id) ON DELETE CASCADE, 
	CONSTRAINT uq_outcome_assessment_id UNIQUE (assessment_id)
);
INSERT INTO "outcome" VALUES('2a529a92-ee9a-4f6e-a97e-2377d3874496','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1',26,11,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "outcome" VALUES('2d3a297a-462e-412c-bcee-b47120647260','ec438b0c-0647-559f-9d36-ff39a127ba64',32,14,'2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000');
INSERT INTO "outcome" VALUES('9b962925-c6ba-476d-aa7c-f6e1e1a2efa6','86b7280e-71db-5570-837e-0bc9345f51d1',16,7,'2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000');
INSERT INTO "outcome" VALUES('d25ba58d-28d5-4a60-bc1a-b610d714ef0c','255f784d-1663-5b64-94df-c63d8dbdda24',22,10,'2026-12-04 04:11:00.866926','2026-11-10 15:00:00.000000');
INSERT INTO "outcome" VALUES('ab5553a9-e168-45df-8b97-b2e5f088e21d','7a0e7fc9-d893-5ef3-b898-1c6faaf21862',29,13,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "outcome" VALUES('43225bce-a3f4-4ea4-a87c-14d355399745','3368faf5-1357-524b-97f1-d330d1a03474',30,15,'2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000');
INSERT INTO "outcome" VALUES('1955a31f-ffc1-48f4-b1b7-1c88414e8db0','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79',37,21,'2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000');
INSERT INTO "outcome" VALUES('a61cbf63-0342-4333-8160-7368fab32a1f','10b3c1bd-0c8a-5990-b513-ab96fdfb9672',36,20,'2026-12-04 04:11:00.866926','2026-11-10 15:00:00.000000');
INSERT INTO "outcome" VALUES('a8d6c403-46a4-4088-a778-df4450c598ef','fbdc0e19-b5ee-513a-bd18-cbfc754874f9',46,22,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "outcome" VALUES('4c3c7b55-cedb-4ac4-84f4-ca579a858192','109637b3-3f9f-5c7a-92bb-8644adddd03f',45,26,'2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000');
INSERT INTO "outcome" VALUES('bcd2cedd-a6c5-4ad0-8644-d96577882775','c512d777-3ad5-5e4a-bad8-c143d2b2f694',40,23,'2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000');
INSERT INTO "outcome" VALUES('29ba7d48-c9b0-4947-8718-b6321e481df7','3887911c-b9ba-567d-9584-390eb7984d00',43,23,'2026-12-04 04:11:00.866926','2026-11-10 15:00:00.000000');
INSERT INTO "outcome" VALUES('6e389351-089a-4a7a-b903-98b0428e00cc','8574ce93-07e3-5120-9d19-0af086432af2',32,12,'2026-12-04 04:11:00.866926','2026-02-17 15:00:00.000000');
INSERT INTO "outcome" VALUES('3e4b6235-b7d0-409e-80c8-8f774a258f56','0d6b679d-a1c6-5765-8748-3ae8c39c6b60',18,8,'2026-12-04 04:11:00.866926','2026-05-19 15:00:00.000000');
INSERT INTO "outcome" VALUES('eba9f42f-3334-439f-84b7-ea519de3d6e7','c07c4843-6950-558b-9889-04ddf180d6f7',42,15,'2026-12-04 04:11:00.866926','2026-08-25 15:00:00.000000');
INSERT INTO "outcome" VALUES('89cff0a7-71c1-4e81-b3ca-e44ca644dd32','8b427fe3-aedf-5c1c-add6-e14b7fa1471e',31,13,'2026-12-04 04:11:00.866926','2026-11-10 15:00:00.000000');
CREATE TABLE rating (
	id VARCHAR(36) NOT NULL, 
	assessment_id VARCHAR(36) NOT NULL, 
	element_id VARCHAR(32) NOT NULL, 
	principle_id VARCHAR(32) NOT NULL, 
	rating VARCHAR(16) NOT NULL, 
	note TEXT NOT NULL, 
	evidence JSON NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_rating PRIMARY KEY (id), 
	CONSTRAINT fk_rating_assessment_id_assessment FOREIGN KEY(assessment_id) REFERENCES assessment (id) ON DELETE CASCADE, 
	CONSTRAINT uq_rating_assessment_id_element_id UNIQUE (assessment_id, element_id)
);
INSERT INTO "rating" VALUES('d4ecdaf0-9c66-4eb5-88ef-81508b0d469f','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P1.1','P1','met','Bekræftet ved interview med konsulenter og leder.','["observation", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('2156ecfb-fe8d-4d12-a49c-cf7b222a6153','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P1.2','P1','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('d335baaa-283c-4cfc-aff7-fa3dc0d62f06','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P2.1','P2','met','','["interview", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('2b52d846-2016-4034-a3a9-7c1215a7adac','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P2.2','P2','partial','Sker i praksis, men ikke fast for alle deltagere.','["observation", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('e89fe4cb-9774-482f-af9b-cbe11659f4ac','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P3.1','P3','met','Bekræftet ved interview med konsulenter og leder.','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('49bb6fdb-81b6-48d0-a54c-63a541398d94','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P3.2','P3','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('8b1d036c-aba0-4a94-887d-a902ce7b9b52','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P3.3','P3','not_met','Ikke på plads endnu; drøftet med styregruppen.','["record_review", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('62707773-f38f-4812-ac92-9ffca1bdc9f8','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P4.1','P4','not_met','Ikke på plads endnu; drøftet med styregruppen.','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('c273c629-436b-4add-9f31-71d5ef33f351','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P5.1','P5','partial','Sker i praksis, men ikke fast for alle deltagere.','["interview", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('4f754bc5-bb85-4ac1-a861-46a0f6a94b2b','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P6.1','P6','partial','Sker i praksis, men ikke fast for alle deltagere.','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('8e80e9ce-336c-4572-87d5-d3b4061cd6e5','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P7.1','P7','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('e4d40fa7-ed8a-4749-911f-f5249a72d659','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P7.2','P7','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('0ca8df81-4bdd-4ef8-8473-e9d1e71ab3a3','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P8.1','P8','met','','["observation", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('66dbda8e-ba20-4df4-a4cf-6e715cf55131','c38a8cec-9d43-5d69-8bac-b11a5ce4dfa1','P8.2','P8','partial','Sker i praksis, men ikke fast for alle deltagere.','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('31a48b18-0279-4fa4-a3c5-9c15aa2eeac5','ec438b0c-0647-559f-9d36-ff39a127ba64','P1.1','P1','met','Bekræftet ved interview med konsulenter og leder.','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('b1c8afff-767d-45b8-ae55-7d2f2e5a9fd8','ec438b0c-0647-559f-9d36-ff39a127ba64','P1.2','P1','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('16c04438-d57f-4cc1-b426-c8ab9a7dd1c2','ec438b0c-0647-559f-9d36-ff39a127ba64','P2.1','P2','met','','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('811c1b25-7b57-493b-9a85-163dfe31fd7d','ec438b0c-0647-559f-9d36-ff39a127ba64','P2.2','P2','met','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('9a16f929-f1ee-4292-a037-eaac9918dc0e','ec438b0c-0647-559f-9d36-ff39a127ba64','P3.1','P3','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('60662f3d-773c-4b72-9dac-9498a9521afb','ec438b0c-0647-559f-9d36-ff39a127ba64','P3.2','P3','met','','["interview", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('cd7cfdd9-19ca-4db1-815e-2dca50938287','ec438b0c-0647-559f-9d36-ff39a127ba64','P3.3','P3','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('0c0e103a-b36f-427b-b8f4-663d671fd7a6','ec438b0c-0647-559f-9d36-ff39a127ba64','P4.1','P4','met','','["record_review", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('88bdd236-82c6-4ece-a698-aef1fe8dc19f','ec438b0c-0647-559f-9d36-ff39a127ba64','P5.1','P5','not_met','Ikke på plads endnu; drøftet med styregruppen.','["data", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('0ea3ba48-ff78-4c0a-a822-1aba94b4699f','ec438b0c-0647-559f-9d36-ff39a127ba64','P6.1','P6','met','','["observation", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('07239e0e-b596-45a8-a5c0-43f24e924fd9','ec438b0c-0647-559f-9d36-ff39a127ba64','P7.1','P7','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('cd83f87b-11b1-4fe1-9e5c-dc340324d220','ec438b0c-0647-559f-9d36-ff39a127ba64','P7.2','P7','partial','Sker i praksis, men ikke fast for alle deltagere.','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('3722bca1-6526-4134-a638-69e93ff69716','ec438b0c-0647-559f-9d36-ff39a127ba64','P8.1','P8','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('8edf3fe2-7790-4a95-911b-d1f0c28e26e1','ec438b0c-0647-559f-9d36-ff39a127ba64','P8.2','P8','met','','["observation", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('d2dc3621-50a0-4222-aee3-68125743ef61','86b7280e-71db-5570-837e-0bc9345f51d1','P1.1','P1','met','','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('65c36305-689b-4bf8-8a9e-ef2cb6d3a302','86b7280e-71db-5570-837e-0bc9345f51d1','P1.2','P1','met','Bekræftet ved interview med konsulenter og leder.','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('d6043aaa-cb54-4114-b133-ab5e5aab61ac','86b7280e-71db-5570-837e-0bc9345f51d1','P2.1','P2','met','','["record_review", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('98c8bbf3-2f8c-4581-ae6e-865a7918af71','86b7280e-71db-5570-837e-0bc9345f51d1','P2.2','P2','partial','Sker i praksis, men ikke fast for alle deltagere.','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('978ff77f-d0bc-440f-8de2-fcbcdd9482ca','86b7280e-71db-5570-837e-0bc9345f51d1','P3.1','P3','met','Bekræftet ved interview med konsulenter og leder.','["data", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('f1e86d0d-b95e-497c-a306-13d1ccc4920d','86b7280e-71db-5570-837e-0bc9345f51d1','P3.2','P3','met','','["observation", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('cef0a012-4cc8-40a9-9b4f-8fe6d9d75bf2','86b7280e-71db-5570-837e-0bc9345f51d1','P3.3','P3','met','','["data", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('c2837598-f7c2-4b5a-8bcc-92d07dccf887','86b7280e-71db-5570-837e-0bc9345f51d1','P4.1','P4','not_met','Ikke på plads endnu; drøftet med styregruppen.','["record_review", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('1b3b4c23-695a-4291-87f8-691567c9bdcc','86b7280e-71db-5570-837e-0bc9345f51d1','P5.1','P5','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('bb59c4c0-6687-4c5c-b405-8f4365e98c8d','86b7280e-71db-5570-837e-0bc9345f51d1','P6.1','P6','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('dbb1212b-450e-4c13-bef7-6d2f52351ee8','86b7280e-71db-5570-837e-0bc9345f51d1','P7.1','P7','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('1eebd3da-ed1e-480c-b4c3-99958322c168','86b7280e-71db-5570-837e-0bc9345f51d1','P7.2','P7','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('fc7f747f-56f3-4010-8320-a9f55053c4de','86b7280e-71db-5570-837e-0bc9345f51d1','P8.1','P8','met','Bekræftet ved interview med konsulenter og leder.','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('2e8e1c21-a848-47c6-8ae6-c97eb52cd697','86b7280e-71db-5570-837e-0bc9345f51d1','P8.2','P8','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('6e2c588a-fee8-4c33-8187-ff99ea899f59','255f784d-1663-5b64-94df-c63d8dbdda24','P1.1','P1','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('81c95421-3794-4e41-9084-50558a08682c','255f784d-1663-5b64-94df-c63d8dbdda24','P1.2','P1','met','','["interview", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('2583878d-4df2-4716-9810-86b65f079f42','255f784d-1663-5b64-94df-c63d8dbdda24','P2.1','P2','met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('bce010a1-c499-4c69-9f91-daffe457c98a','255f784d-1663-5b64-94df-c63d8dbdda24','P2.2','P2','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('12dd9ecb-c045-46b5-b390-4012629936de','255f784d-1663-5b64-94df-c63d8dbdda24','P3.1','P3','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('3da877bd-571c-434f-9830-306142bb4896','255f784d-1663-5b64-94df-c63d8dbdda24','P3.2','P3','met','','["observation", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('a651e885-1707-4817-9d3b-ded6c910ed4b','255f784d-1663-5b64-94df-c63d8dbdda24','P3.3','P3','met','','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('dca8f256-0a0b-423c-9137-0afb62688c94','255f784d-1663-5b64-94df-c63d8dbdda24','P4.1','P4','met','','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('a0953bf7-4f47-4ecc-a495-2c6ae279ea21','255f784d-1663-5b64-94df-c63d8dbdda24','P5.1','P5','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('4dcf2bbd-9b90-491a-b364-21a5073023f6','255f784d-1663-5b64-94df-c63d8dbdda24','P6.1','P6','met','Bekræftet ved interview med konsulenter og leder.','["interview", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('1c1851f1-b411-4c5e-99cb-e961b844e4e4','255f784d-1663-5b64-94df-c63d8dbdda24','P7.1','P7','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('c2712fc9-8098-49b2-89a5-adeccfdd7ff8','255f784d-1663-5b64-94df-c63d8dbdda24','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('9fcb82db-db88-4177-8f34-86e830055e5c','255f784d-1663-5b64-94df-c63d8dbdda24','P8.1','P8','met','','["record_review", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('2c9833b9-1e66-41ea-9921-e37c6e46c8cf','255f784d-1663-5b64-94df-c63d8dbdda24','P8.2','P8','met','','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('6863c7c3-a7c8-4a84-abd1-74fb75554c68','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P1.1','P1','met','','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('764b48a9-c4e0-4b7e-be07-48afdda073c1','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P1.2','P1','met','Bekræftet ved interview med konsulenter og leder.','["document", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('0162fdfb-fe22-446c-949a-4f96788639c2','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P2.1','P2','met','','["record_review", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('5afde4d5-22a1-4e3f-8489-ca4ebe66abef','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P2.2','P2','partial','Sker i praksis, men ikke fast for alle deltagere.','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('e7ec7375-da66-4349-acc5-916d18a448a6','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P3.1','P3','met','','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('7edf44cf-40d6-4799-873e-75990552f03d','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P3.2','P3','met','','["record_review", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('495639fe-082a-4648-861a-75db0642f7c2','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P3.3','P3','met','','["observation", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('c2627a23-9065-4f51-af70-1d8f6235203d','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P4.1','P4','met','','["interview", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('71f1735b-69fd-498d-947c-0106012119fb','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P5.1','P5','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('9fb03ece-c280-47fc-83e0-0b883f780a37','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P6.1','P6','met','','["observation", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('e1a52ff9-e53e-4b92-86fe-bfee7565e5ea','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P7.1','P7','met','','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('d57ec7c1-a958-47d3-8a1a-4c442091957b','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('2518b6c0-b68b-452d-839b-06bc36a51671','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P8.1','P8','met','','["interview", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('af47cf2a-86b7-4480-b97b-43944280b630','7a0e7fc9-d893-5ef3-b898-1c6faaf21862','P8.2','P8','met','','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('bb071ee4-f4c9-4149-adc1-ad6d9fb847f8','3368faf5-1357-524b-97f1-d330d1a03474','P1.1','P1','met','','["observation", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('7db8c59b-d320-430c-b53b-6c6657e7ea5d','3368faf5-1357-524b-97f1-d330d1a03474','P1.2','P1','met','','["data", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('24c9ff08-e8e1-4db4-800b-f1602ea5362f','3368faf5-1357-524b-97f1-d330d1a03474','P2.1','P2','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('c01d3711-28d2-4676-9ad8-a272808d4a51','3368faf5-1357-524b-97f1-d330d1a03474','P2.2','P2','met','','["data", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('c715cb7f-e892-4b43-bdca-aa3d7f8fdc38','3368faf5-1357-524b-97f1-d330d1a03474','P3.1','P3','met','Bekræftet ved interview med konsulenter og leder.','["observation", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('8309a0a3-e795-4ef4-8535-c75cd502b89f','3368faf5-1357-524b-97f1-d330d1a03474','P3.2','P3','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('83b55e3e-f3ab-4d1a-98b8-6d3b84368181','3368faf5-1357-524b-97f1-d330d1a03474','P3.3','P3','met','','["interview", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('1d9052a0-6244-4c0e-8d28-a210ddd0251c','3368faf5-1357-524b-97f1-d330d1a03474','P4.1','P4','met','','["interview", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('28148dda-fe5c-4a8b-bedc-24bbedf7333d','3368faf5-1357-524b-97f1-d330d1a03474','P5.1','P5','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "document"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('63f717ee-eac7-4508-9875-e73340027fd6','3368faf5-1357-524b-97f1-d330d1a03474','P6.1','P6','not_met','Ikke på plads endnu; drøftet med styregruppen.','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('060ee174-f38d-4d8c-bc28-cb2971ee22b8','3368faf5-1357-524b-97f1-d330d1a03474','P7.1','P7','met','Bekræftet ved interview med konsulenter og leder.','["data", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('4cc9090c-3709-4710-98e1-1b36ad4cfff1','3368faf5-1357-524b-97f1-d330d1a03474','P7.2','P7','met','','["record_review", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('4c495c9c-c2a1-42b2-89ff-1c24bf2c8639','3368faf5-1357-524b-97f1-d330d1a03474','P8.1','P8','met','','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('01a6f0ec-a509-4662-aee5-34e753bc088a','3368faf5-1357-524b-97f1-d330d1a03474','P8.2','P8','met','','["data", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('4d8f89b7-a04e-4168-82bf-f714c996e792','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P1.1','P1','met','Bekræftet ved interview med konsulenter og leder.','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('27c3c772-485a-4a32-8e49-d3723de3837f','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P1.2','P1','met','Bekræftet ved interview med konsulenter og leder.','["observation", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('b99b9557-510d-45a5-b998-6a18afdc2482','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P2.1','P2','met','','["interview", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('b1f452d8-54b7-4bc6-b798-af41b48c617e','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P2.2','P2','met','Bekræftet ved interview med konsulenter og leder.','["interview", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('2dab50c1-f002-488a-9c7b-4ff96e4c5f1c','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P3.1','P3','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('fdb5cad9-966e-4326-873c-52a48abc2c1a','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P3.2','P3','met','','["document", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('5ccc9a11-9b10-4e63-b17a-4468c10796fe','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P3.3','P3','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('2da86aad-dfd2-4f9c-8a4a-b0c254f6115c','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P4.1','P4','met','Bekræftet ved interview med konsulenter og leder.','["interview", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('9287bbfa-a9f6-47af-a408-bedb85086e85','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P5.1','P5','met','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('e31fa002-ad21-41d4-9c77-493a3a3954f0','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P6.1','P6','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('84ae838d-34e5-43ba-ad43-dfb5ed8254a8','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P7.1','P7','met','Bekræftet ved interview med konsulenter og leder.','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('69aa3670-4ee2-4adc-9214-ac3d263c0b1f','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P7.2','P7','met','','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('a4564cb8-4246-4f9b-afe2-3e6e3d660292','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P8.1','P8','met','Bekræftet ved interview med konsulenter og leder.','["record_review", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('2966e535-292c-4990-a774-7bd7f3622d0e','cfd30a28-c2d1-57ba-9ae1-a79c6b725d79','P8.2','P8','met','','["record_review", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('4283ca44-b75f-4e76-b648-a47c93ab6292','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P1.1','P1','met','','["observation", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('84bdd242-57f3-4db0-813b-3656ebb805ac','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P1.2','P1','met','','["data", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('9d469308-dc2f-4216-87b7-8c4aa1c18157','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P2.1','P2','met','','["document", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('8a6c2619-df2f-4084-a393-b0d836fe74bd','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P2.2','P2','met','Bekræftet ved interview med konsulenter og leder.','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('07dbcaee-eb23-4488-87be-44320bdf2906','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P3.1','P3','met','','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('5580a4e8-b145-4a55-818f-909248f2e27c','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P3.2','P3','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('68aa4dda-11c5-4235-8b9e-5e99f2c2b8bc','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P3.3','P3','met','','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('2b02e090-6488-43bb-a798-473ccc7fb13f','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P4.1','P4','met','Bekræftet ved interview med konsulenter og leder.','["document", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('5b60d1da-40d5-48dc-88cd-87c1295d89fa','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P5.1','P5','met','','["record_review", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('2b951026-4dc9-4ef8-8610-7848c904b6d8','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P6.1','P6','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('5ce9c27d-5e17-4138-84c3-856ce42c59e3','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P7.1','P7','met','Bekræftet ved interview med konsulenter og leder.','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('7eaf4c32-e3c4-4198-a836-247c6d36c2ba','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('63ea39db-f010-45d6-814c-37375b140089','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P8.1','P8','met','Bekræftet ved interview med konsulenter og leder.','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('8ed14b8d-0274-483a-844e-bf8d7ad32d28','10b3c1bd-0c8a-5990-b513-ab96fdfb9672','P8.2','P8','met','','["data", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('4b79965e-611d-436e-8d7f-4f3d9620464d','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P1.1','P1','met','','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('99f35b04-d5dc-482a-a8a6-79a1ff5aa4b3','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P1.2','P1','met','','["interview", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('b3d07f7c-c1b4-4fc8-9fad-cbf94a7a13ef','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P2.1','P2','met','','["document", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('852cc98e-d3d1-45a9-a159-874f0dd19144','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P2.2','P2','met','','["observation", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('0d9bcb40-d358-411c-9989-fd8543f1c6dd','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P3.1','P3','met','','["interview", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('3f849c8b-a1a0-4e18-9efa-d2eba4702ffc','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P3.2','P3','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('fdf73fb8-1797-4910-ba65-08540069fb9d','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P3.3','P3','met','','["document", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('5cc31f2f-a57e-4f9e-b120-c360156b2be4','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P4.1','P4','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('5f97a6e5-75e2-45a0-8a38-70376d818163','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P5.1','P5','met','Bekræftet ved interview med konsulenter og leder.','["record_review", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('6ca8574d-d141-4b9d-aac4-2ae1f80a605a','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P6.1','P6','met','','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('c994551d-7688-4325-aa38-759dadb9765b','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P7.1','P7','met','','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('d4778296-1672-4e26-8a1f-1587b244447e','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["data", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('4e863448-1150-4c77-a67d-02296da29ca5','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P8.1','P8','met','','["record_review", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('428a35a9-7752-403e-9ac3-7e9a3cec63dc','fbdc0e19-b5ee-513a-bd18-cbfc754874f9','P8.2','P8','met','','["observation", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('3ff9bc3f-c71e-4320-9ef0-56b68669bc8b','109637b3-3f9f-5c7a-92bb-8644adddd03f','P1.1','P1','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('3e50c434-3ea3-4b0c-81af-b46902928c7f','109637b3-3f9f-5c7a-92bb-8644adddd03f','P1.2','P1','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('e9a74d9c-cf7f-4466-aeb3-33cdac1cc0ca','109637b3-3f9f-5c7a-92bb-8644adddd03f','P2.1','P2','met','Bekræftet ved interview med konsulenter og leder.','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('d2129580-60d2-4a11-a230-6d23f90e9af2','109637b3-3f9f-5c7a-92bb-8644adddd03f','P2.2','P2','met','','["observation", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('3d875d5a-df28-4357-a0b5-a01d7cb2e625','109637b3-3f9f-5c7a-92bb-8644adddd03f','P3.1','P3','met','','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('0e96bb7a-bb85-413d-93a3-9e41c9157e98','109637b3-3f9f-5c7a-92bb-8644adddd03f','P3.2','P3','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('ed7c00e9-bb5f-4e41-ba8c-0081f7c3fc16','109637b3-3f9f-5c7a-92bb-8644adddd03f','P3.3','P3','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('f825fb93-6de9-4f6f-8c5e-38e479445f77','109637b3-3f9f-5c7a-92bb-8644adddd03f','P4.1','P4','met','','["interview", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('a6400aa0-df0c-47f6-83d5-ab44967b1c4e','109637b3-3f9f-5c7a-92bb-8644adddd03f','P5.1','P5','met','','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('bd59ef62-6e71-4d64-ad95-bfc553c565d2','109637b3-3f9f-5c7a-92bb-8644adddd03f','P6.1','P6','met','','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('ce1d70dd-ea5d-441c-b61e-8d627333cc97','109637b3-3f9f-5c7a-92bb-8644adddd03f','P7.1','P7','met','','["record_review", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('92cb416b-a92d-4a4b-9152-b7d0ffe1eec7','109637b3-3f9f-5c7a-92bb-8644adddd03f','P7.2','P7','met','','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('a2f6d1cc-1631-41ba-80aa-d59040de80cc','109637b3-3f9f-5c7a-92bb-8644adddd03f','P8.1','P8','met','Bekræftet ved interview med konsulenter og leder.','["interview", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('09fb1c03-bdcb-43d3-bb7e-294315e6ce6d','109637b3-3f9f-5c7a-92bb-8644adddd03f','P8.2','P8','met','Bekræftet ved interview med konsulenter og leder.','["observation", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('574a5c33-81cb-48a1-a715-aa5b6173c157','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P1.1','P1','met','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('73d23173-9676-495f-b4bb-a2eebd725c9b','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P1.2','P1','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('064c5bd9-2b99-4a19-beba-0f078596dc4d','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P2.1','P2','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('f576d6ff-d942-4ceb-97a8-ca6d5555b10b','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P2.2','P2','met','Bekræftet ved interview med konsulenter og leder.','["document", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('4a98c5e4-a136-416b-bcc5-b18ce575f16d','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P3.1','P3','met','','["observation", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('b64a6d6c-aa6a-421a-b84f-b6aecb59638e','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P3.2','P3','met','','["observation", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('dd9fd721-0eaa-4bd4-b735-4187d02a0fda','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P3.3','P3','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('ff7df718-0169-4208-a6cc-16e28eedfa08','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P4.1','P4','met','Bekræftet ved interview med konsulenter og leder.','["observation", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('08297291-16ae-43f6-9249-30e61b1a9253','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P5.1','P5','met','','["observation", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('5b40a8fc-d189-40a1-bd7d-c4aa13739bbd','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P6.1','P6','met','','["observation", "document"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('3bed7987-9a9b-4cce-b3a1-67295b48b50d','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P7.1','P7','met','','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('5ffe9d41-c48f-4e98-b791-a25ce2e5fb7a','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["record_review", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('a1bce5cb-244e-4646-a883-77b59b9165bb','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P8.1','P8','met','Bekræftet ved interview med konsulenter og leder.','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('5a52f00d-80ea-4dde-9b38-2aae44081830','c512d777-3ad5-5e4a-bad8-c143d2b2f694','P8.2','P8','met','','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('bd7ca080-1ee1-4e9e-af6d-a04693e5276f','3887911c-b9ba-567d-9584-390eb7984d00','P1.1','P1','met','','["record_review", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('652846ea-c38c-4864-b7d3-62f959f3b8a4','3887911c-b9ba-567d-9584-390eb7984d00','P1.2','P1','met','Bekræftet ved interview med konsulenter og leder.','["interview", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('2f76ffd8-ec61-4184-a632-0e78d2f41966','3887911c-b9ba-567d-9584-390eb7984d00','P2.1','P2','met','','["observation", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('426ac2a7-8027-4b1a-b48a-c56f6d883110','3887911c-b9ba-567d-9584-390eb7984d00','P2.2','P2','met','','["record_review", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('56a669ac-c66e-4b14-a898-0820c8cb927d','3887911c-b9ba-567d-9584-390eb7984d00','P3.1','P3','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('79257c6b-1c25-43c7-b535-aa64f2ad18ef','3887911c-b9ba-567d-9584-390eb7984d00','P3.2','P3','met','','["observation", "document"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('ed55a98a-badd-45ec-b80b-9477cc5ca831','3887911c-b9ba-567d-9584-390eb7984d00','P3.3','P3','met','Bekræftet ved interview med konsulenter og leder.','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('a999c9fd-66af-4929-a8c9-3d3e90372f4d','3887911c-b9ba-567d-9584-390eb7984d00','P4.1','P4','met','','["observation", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('4eb81b6e-99e4-43ad-85dd-513a8f57e2c8','3887911c-b9ba-567d-9584-390eb7984d00','P5.1','P5','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('6e22c194-bf9b-4206-aad2-417535eda187','3887911c-b9ba-567d-9584-390eb7984d00','P6.1','P6','met','Bekræftet ved interview med konsulenter og leder.','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('fe03ba25-ef07-44b7-9106-d6c2fd6012d3','3887911c-b9ba-567d-9584-390eb7984d00','P7.1','P7','met','','["observation", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('d2bed9b8-0b1a-4f61-b6b8-56bea9109764','3887911c-b9ba-567d-9584-390eb7984d00','P7.2','P7','met','','["document", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('7b9b116d-3ea7-4d21-abbc-340b930f1241','3887911c-b9ba-567d-9584-390eb7984d00','P8.1','P8','met','','["document", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('bde402b5-e1a3-4ccd-9be4-efeceb490159','3887911c-b9ba-567d-9584-390eb7984d00','P8.2','P8','met','','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('bdca9528-6b0a-4d89-90d1-4be31b1d215f','8574ce93-07e3-5120-9d19-0af086432af2','P1.1','P1','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('2b5135e5-e218-415a-a31f-2035164859b7','8574ce93-07e3-5120-9d19-0af086432af2','P1.2','P1','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "data"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('2c8e135b-85cd-4b04-b1d8-4fc41d1efb7b','8574ce93-07e3-5120-9d19-0af086432af2','P2.1','P2','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('391a14e9-4070-4470-bdab-a148f77fddba','8574ce93-07e3-5120-9d19-0af086432af2','P2.2','P2','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('c2c79260-a61c-42a4-8fe4-0b737d3bff49','8574ce93-07e3-5120-9d19-0af086432af2','P3.1','P3','not_met','Ikke på plads endnu; drøftet med styregruppen.','["data", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('45472237-f965-4382-95cd-0364e346d59b','8574ce93-07e3-5120-9d19-0af086432af2','P3.2','P3','met','','["record_review", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('cfc27365-54f5-4802-93b1-62eccbb5b046','8574ce93-07e3-5120-9d19-0af086432af2','P3.3','P3','met','','["record_review", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('2f281728-2280-44a0-9970-42bc1fbb8440','8574ce93-07e3-5120-9d19-0af086432af2','P4.1','P4','not_met','Ikke på plads endnu; drøftet med styregruppen.','["record_review", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('cca6e688-42cd-426d-8090-0ef52cf17452','8574ce93-07e3-5120-9d19-0af086432af2','P5.1','P5','met','','["data", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('ce0d3990-a3e7-4e7e-ac24-aaa0cdcdb1a3','8574ce93-07e3-5120-9d19-0af086432af2','P6.1','P6','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "interview"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('3f39acd5-41ba-420e-8719-9a88b7ee2be6','8574ce93-07e3-5120-9d19-0af086432af2','P7.1','P7','not_met','Ikke på plads endnu; drøftet med styregruppen.','["data", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('2efec95d-cec5-4f79-90ea-d37c33b2cbbd','8574ce93-07e3-5120-9d19-0af086432af2','P7.2','P7','met','','["interview", "document"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('60c9a1ac-9a7c-431d-a889-3791c6c50e9c','8574ce93-07e3-5120-9d19-0af086432af2','P8.1','P8','partial','Sker i praksis, men ikke fast for alle deltagere.','["interview", "observation"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('6aac45c2-9662-4f14-94fa-951353797aa2','8574ce93-07e3-5120-9d19-0af086432af2','P8.2','P8','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "record_review"]','2026-02-17 15:00:00.000000');
INSERT INTO "rating" VALUES('d1264dd4-5979-4f85-8b87-f7c6ca68019b','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P1.1','P1','met','Bekræftet ved interview med konsulenter og leder.','["document", "record_review"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('41b78e6c-5733-4b89-bffa-fa349f077e39','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P1.2','P1','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('fbe7e064-408d-4996-a0a3-ebec4b911d40','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P2.1','P2','met','','["document", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('ac5a7a32-79a4-447c-aa0a-eb54f5328f20','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P2.2','P2','not_met','Ikke på plads endnu; drøftet med styregruppen.','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('be37ca13-399b-4f5a-b1ad-39c7b8a4075d','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P3.1','P3','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('b1b1758f-cac7-43a4-99fc-8f24c423c6eb','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P3.2','P3','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('c8936932-af00-4c46-a75d-6b47b4728e74','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P3.3','P3','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('e4c0b487-ce4b-48e8-9dc2-37d3336f038a','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P4.1','P4','met','Bekræftet ved interview med konsulenter og leder.','["observation", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('4431e1a5-2197-4a0a-a349-ff1ba4a2d049','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P5.1','P5','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "interview"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('58247a7f-42fb-44c2-9e4d-24725d4ebd6a','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P6.1','P6','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('6730e656-bbe5-4b3c-a4fd-e98db9de08c6','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P7.1','P7','met','Bekræftet ved interview med konsulenter og leder.','["observation", "data"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('26249f92-ac5c-495a-89d6-5cc47641a6bf','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('e11beedc-c949-41a8-ab8a-56f6435bbb76','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P8.1','P8','not_met','Ikke på plads endnu; drøftet med styregruppen.','["data", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('311b9ec9-3706-41e3-a137-0d84b2cb07ef','0d6b679d-a1c6-5765-8748-3ae8c39c6b60','P8.2','P8','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "observation"]','2026-05-19 15:00:00.000000');
INSERT INTO "rating" VALUES('e0802c18-763f-4e9a-8bac-48183c164504','c07c4843-6950-558b-9889-04ddf180d6f7','P1.1','P1','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('670b3ca4-7d1c-4ea0-8fc3-f3373aacbc0c','c07c4843-6950-558b-9889-04ddf180d6f7','P1.2','P1','not_met','Ikke på plads endnu; drøftet med styregruppen.','["interview", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('af0d8d76-690d-4b8f-a837-83d6d8272589','c07c4843-6950-558b-9889-04ddf180d6f7','P2.1','P2','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('23e4ed21-7339-4e9a-8455-e7785f7eb733','c07c4843-6950-558b-9889-04ddf180d6f7','P2.2','P2','not_met','Ikke på plads endnu; drøftet med styregruppen.','["observation", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('2519ea8e-f07e-472f-80d3-1add29a61aaa','c07c4843-6950-558b-9889-04ddf180d6f7','P3.1','P3','met','Bekræftet ved interview med konsulenter og leder.','["data", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('40e2fa5a-5b9f-454d-837b-787daf98fea3','c07c4843-6950-558b-9889-04ddf180d6f7','P3.2','P3','partial','Sker i praksis, men ikke fast for alle deltagere.','["interview", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('9117be52-e124-4557-9b63-bc23fa47784a','c07c4843-6950-558b-9889-04ddf180d6f7','P3.3','P3','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('020c490c-31eb-42a1-9917-fa0a847ea8a0','c07c4843-6950-558b-9889-04ddf180d6f7','P4.1','P4','met','','["document", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('1fa6f990-3358-428e-b242-d4b0d94c4eb6','c07c4843-6950-558b-9889-04ddf180d6f7','P5.1','P5','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "data"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('6b511af1-4dad-4ecd-a805-8ff6dcdf5527','c07c4843-6950-558b-9889-04ddf180d6f7','P6.1','P6','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('93a9f2d1-1b1b-4e67-b1d8-ef13df4ad20a','c07c4843-6950-558b-9889-04ddf180d6f7','P7.1','P7','met','','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('7b309575-f04e-4ae6-8eda-7872f3ebc424','c07c4843-6950-558b-9889-04ddf180d6f7','P7.2','P7','met','Bekræftet ved interview med konsulenter og leder.','["document", "observation"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('09a917b8-df65-4112-8701-c4fb143025c5','c07c4843-6950-558b-9889-04ddf180d6f7','P8.1','P8','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "interview"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('457773a9-9dba-4db0-909f-b23b605f1120','c07c4843-6950-558b-9889-04ddf180d6f7','P8.2','P8','met','','["interview", "record_review"]','2026-08-25 15:00:00.000000');
INSERT INTO "rating" VALUES('03459edc-6f33-4626-8d36-92bc201a8128','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P1.1','P1','partial','Sker i praksis, men ikke fast for alle deltagere.','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('466c336e-0231-40e5-91cf-04aa51e45165','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P1.2','P1','met','','["interview", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('6cf90db9-23b4-4b4a-8aaa-89477acddaee','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P2.1','P2','met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('44b23492-0090-4c1d-9fdc-74bae2d40cd3','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P2.2','P2','met','Bekræftet ved interview med konsulenter og leder.','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('c291208c-3616-4bf5-8d6c-700609fde678','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P3.1','P3','met','Bekræftet ved interview med konsulenter og leder.','["record_review", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('0f1b2637-48b4-4edf-b794-492c139ee8d5','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P3.2','P3','met','','["interview", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('40cbdb52-b9ec-490d-9305-8db2bafa2a8a','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P3.3','P3','not_met','Ikke på plads endnu; drøftet med styregruppen.','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('616c89e5-8368-48b3-9d35-40a754575f00','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P4.1','P4','met','','["interview", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('1aa44244-bf8b-4552-92e0-8e829a075d69','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P5.1','P5','partial','Sker i praksis, men ikke fast for alle deltagere.','["data", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('f2493af5-d29f-4f83-b7de-263da9d19cc6','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P6.1','P6','met','','["observation", "record_review"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('801bd4b8-f103-4453-a1b4-8b7a1ae733c6','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P7.1','P7','not_met','Ikke på plads endnu; drøftet med styregruppen.','["document", "observation"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('36538b3b-7bdb-454c-8ff4-2a1612407cf2','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P7.2','P7','partial','Sker i praksis, men ikke fast for alle deltagere.','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('0ffe5d85-90c9-4265-96f1-80e2f50b1a17','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P8.1','P8','met','','["record_review", "interview"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('a8da75b3-4ac6-474a-aabd-b205e9ddf582','8b427fe3-aedf-5c1c-add6-e14b7fa1471e','P8.2','P8','met','','["document", "data"]','2026-11-10 15:00:00.000000');
INSERT INTO "rating" VALUES('0aa6be78-f172-43cc-b199-98f972d72a49','41eccc19-dc32-429f-9ce3-61547d728244','P1.1','P1','met','linje 1
linje 2 "citat"','[]','2026-12-04 04:11:00.945358');
CREATE TABLE reopening (
	id VARCHAR(36) NOT NULL, 
	assessment_id VARCHAR(36) NOT NULL, 
	reason TEXT NOT NULL, 
	reviewer VARCHAR(200) NOT NULL, 
	os_user VARCHAR(200) NOT NULL, 
	at DATETIME NOT NULL, 
	CONSTRAINT pk_reopening PRIMARY KEY (id), 
	CONSTRAINT fk_reopening_assessment_id_assessment FOREIGN KEY(assessment_id) REFERENCES assessment (id) ON DELETE CASCADE
);
CREATE TABLE reviewer_caseload (
	id VARCHAR(36) NOT NULL, 
	assessment_id VARCHAR(36) NOT NULL, 
	reviewer VARCHAR(200) NOT NULL, 
	entries JSON NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_reviewer_caseload PRIMARY KEY (id), 
	CONSTRAINT fk_reviewer_caseload_assessment_id_assessment FOREIGN KEY(assessment_id) REFERENCES assessment (id) ON DELETE CASCADE, 
	CONSTRAINT uq_reviewer_caseload_assessment_id_reviewer UNIQUE (assessment_id, reviewer)
);
CREATE TABLE reviewer_rating (
	id VARCHAR(36) NOT NULL, 
	assessment_id VARCHAR(36) NOT NULL, 
	reviewer VARCHAR(200) NOT NULL, 
	element_id VARCHAR(32) NOT NULL, 
	rating VARCHAR(16) NOT NULL, 
	note TEXT NOT NULL, 
	evidence JSON NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_reviewer_rating PRIMARY KEY (id), 
	CONSTRAINT fk_reviewer_rating_assessment_id_assessment FOREIGN KEY(assessment_id) REFERENCES assessment (id) ON DELETE CASCADE, 
	CONSTRAINT uq_reviewer_rating_assessment_id_reviewer_element_id UNIQUE (assessment_id, reviewer, element_id)
);
CREATE TABLE signoff (
	id VARCHAR(36) NOT NULL, 
	assessment_id VARCHAR(36) NOT NULL, 
	reviewer VARCHAR(200) NOT NULL, 
	signed_on DATE NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_signoff PRIMARY KEY (id), 
	CONSTRAINT fk_signoff_assessment_id_assessment FOREIGN KEY(assessment_id) REFERENCES assessment (id) ON DELETE CASCADE, 
	CONSTRAINT uq_signoff_assessment_id_reviewer UNIQUE (assessment_id, reviewer)
);
CREATE TABLE team (
	id VARCHAR(36) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	municipality VARCHAR(200) NOT NULL, 
	psychiatry VARCHAR(200) NOT NULL, 
	clinics TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_team PRIMARY KEY (id), 
	CONSTRAINT uq_team_name UNIQUE (name)
);
INSERT INTO "team" VALUES('3b02cd61-1b91-5865-9a7b-9e55ed9f2313','IPS Albertslund','Albertslund','Psykiatrisk Center Glostrup','F-ACT Nordstjernevej, OPUS H.J. Holstvej','2026-12-04 04:11:00.866926','2026-12-04 04:11:00.866926');
INSERT INTO "team" VALUES('ea685656-96f2-593e-bce9-0b0a6cbb5390','IPS Frederiksberg','Frederiksberg','Psykiatrisk Center Frederiksberg','F-ACT Nimbusparken, OPUS Læsøpark Allé','2026-12-04 04:11:00.866926','2026-12-04 04:11:00.866926');
INSERT INTO "team" VALUES('c00e4c90-92bb-544e-958f-bbb480731b1f','IPS Hillerød','Hillerød','Psykiatrisk Center Nordsjælland','F-ACT, OPUS, KAG og psykoterapeutisk ambulatorium, Dyrehavevej','2026-12-04 04:11:00.866926','2026-12-04 04:11:00.866926');
INSERT INTO "team" VALUES('9c58ee23-7594-5ac4-9b99-e3256c80906e','IPS Tårnby-Dragør','Tårnby','Psykiatrisk Center Amager','F-ACT og OPUS, Hans Bogbinders Allé','2026-12-04 04:11:00.866926','2026-12-04 04:11:00.866926');
INSERT INTO "team" VALUES('7e96ebdc-b63d-49e0-aba8-4d00933813bb','IPS "Ø" ''test''','Aabenraa','Psykiatrien Syd','a
b','2026-12-04 04:11:00.915473','2026-12-04 04:11:00.915480');
CREATE INDEX ix_assessment_team_id_period ON assessment (team_id, period);
CREATE INDEX ix_caseload_entry_assessment_id ON caseload_entry (assessment_id);
CREATE INDEX ix_caseload_entry_consultant_id ON caseload_entry (consultant_id);
CREATE INDEX ix_action_item_assessment_id ON action_item (assessment_id);
CREATE INDEX ix_action_item_origin_item_id ON action_item (origin_item_id);
CREATE INDEX ix_reopening_assessment_id ON reopening (assessment_id);
CREATE INDEX ix_history_assessment_id_at ON history (assessment_id, at);
CREATE INDEX ix_history_team_id ON history (team_id);
CREATE TRIGGER history_no_update BEFORE UPDATE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;
COMMIT;
